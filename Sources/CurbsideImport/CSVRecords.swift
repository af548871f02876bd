import Foundation

/// RFC 4180 records of a small CSV file (a few MB: link files, label files), each with the
/// line it starts on. The fast streaming reader for edge and node lists is ``CSVReader``.
///
/// Comma-separated; quoted fields may hold commas, `""` and line breaks; a UTF-8 BOM is
/// skipped; LF, CRLF and CR end records; blank lines are skipped. Invalid UTF-8 is an error
/// naming the line.
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
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw ImportError(file: name, location: "file", expected: "a readable file", reason: "unreadable")
        }
        if let size = attributes[.size] as? Int, size > maxBytes {
            throw ImportError(file: name, location: "file", expected: "at most \(maxBytes >> 20) MB", reason: "too-large")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try self.init(data: data, displayName: name)
    }

    public init(data: Data, displayName: String) throws {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var rows: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false, fieldWasQuoted = false
        var line = 1, recordLine = 1
        var i = 0
        func endField() throws {
            guard let s = String(validating: field, as: UTF8.self) else {
                throw ImportError(file: displayName, location: "line \(recordLine)", expected: "UTF-8 text", reason: "invalid-utf8")
            }
            fields.append(s)
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() throws {
            try endField()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let c = bytes[i]
            if inQuotes {
                if c == 34 {
                    if i + 1 < bytes.count && bytes[i + 1] == 34 { field.append(34); i += 2; continue }
                    inQuotes = false
                } else {
                    if c == 10 || (c == 13 && (i + 1 >= bytes.count || bytes[i + 1] != 10)) { line += 1 }
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case 34 where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            case 44:
                try endField()
            case 10, 13:
                if c == 13 && i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
                try endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
            }
            i += 1
        }
        if inQuotes {
            throw ImportError(file: displayName, location: "line \(recordLine)", expected: "a closing quote", reason: "unterminated-quote")
        }
        if !field.isEmpty || !fields.isEmpty { try endRecord() }
        guard let first = rows.first else {
            throw ImportError(file: displayName, location: "line 1", expected: "a header row", reason: "empty-file")
        }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        records = Array(rows.dropFirst())
    }

    /// The index of the first header among `names`.
    public func column(_ names: String...) -> Int? {
        for n in names { if let i = header.firstIndex(of: n) { return i } }
        return nil
    }
}
