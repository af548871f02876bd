// Readers produce CurbsideRecords values into a `RecordSink`; their clients see the record
// types without a second import. This module links no SQLite: the store consumes the records.
@_exported import CurbsideRecords
