import Foundation

/// RFC 4180 records of a small CSV file (a few MB: link files, label files, the NUCC
/// taxonomy), each with the line it starts on, read with ``CSVParser`` (the tokenizer of every
/// CSV reader here; the streaming reader for edge and node lists is ``CSVReader``).
///
/// Comma-separated; quoted fields may hold commas, `""` and line breaks; a UTF-8 BOM is
/// skipped; LF, CRLF and CR end records; blank lines are skipped. Invalid UTF-8, a quote left
/// open and text after a closing quote are errors naming the file and line.
public struct CSVRecords: Sendable {
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    public var header: [String]
    public var records: [Record]

    /// Reads `path`; `displayName` names the file in errors.
    public init(path: String, displayName: String? = nil, maxBytes: Int = 64 << 20) throws {
        let name = displayName ?? (path as NSString).lastPathComponent
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              FileManager.default.isReadableFile(atPath: path) else {
            throw ImportError(file: name, location: "file", expected: "a readable file", reason: "unreadable")
        }
        if let size = attributes[.size] as? Int, size > maxBytes {
            throw ImportError(file: name, location: "file", expected: "at most \(maxBytes >> 20) MB", reason: "too-large")
        }
        var rows: [Record] = []
        try CSVParser.forEachRecord(path: path) { parser, b, r in
            if let row = try CSVRecords.record(parser, b, r, displayName: name) { rows.append(row) }
        } unterminated: { line in
            throw CSVRecords.unterminated(name, line)
        }
        try self.init(rows: rows, displayName: name)
    }

    public init(data: Data, displayName: String) throws {
        var rows: [Record] = []
        var parser = CSVParser()
        _ = try [UInt8](data).withUnsafeBufferPointer { b in
            try parser.records(in: b, isFinal: true) { parser, b, r in
                if let row = try CSVRecords.record(parser, b, r, displayName: displayName) { rows.append(row) }
            } unterminated: { line in
                throw CSVRecords.unterminated(displayName, line)
            }
        }
        try self.init(rows: rows, displayName: displayName)
    }

    private init(rows: [Record], displayName: String) throws {
        guard let first = rows.first else {
            throw ImportError(file: displayName, location: "line 1", expected: "a header row", reason: "empty-file")
        }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        records = Array(rows.dropFirst())
    }

    private static func unterminated(_ file: String, _ line: Int) -> ImportError {
        ImportError(file: file, location: "line \(line)", expected: "a closing quote", reason: "unterminated-quote")
    }

    /// The parser's current record as text; nil for a blank line (one empty field).
    private static func record(_ parser: CSVParser, _ b: UnsafeBufferPointer<UInt8>, _ r: CSVParser.Record,
                               displayName: String) throws -> Record? {
        guard let fields = parser.texts(b) else {
            throw ImportError(file: displayName, location: "line \(r.line)", expected: "UTF-8 text", reason: "invalid-utf8")
        }
        if fields.count == 1 && fields[0].isEmpty { return nil }
        if r.badQuote {
            throw ImportError(file: displayName, location: "line \(r.line)",
                              expected: "a delimiter or line end after a closing quote", reason: "bad-quote")
        }
        return Record(line: r.line, fields: fields)
    }

    /// The index of the first header among `names`.
    public func column(_ names: String...) -> Int? {
        for n in names { if let i = header.firstIndex(of: n) { return i } }
        return nil
    }
}
