// The store consumes the records the readers produce (CurbsideRecords) and takes a
// `RecordSink` in its public API, so its clients see the record types without a second import.
@_exported import CurbsideRecords
