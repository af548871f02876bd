import Foundation

/// The rows a command prints, typed, written as an aligned text table, CSV, JSON or Markdown
/// by one writer.
///
/// Rows are `Encodable` values: each stored property is a column, in declaration order, keyed
/// by its coding key; its type says how it is written (numbers right-aligned in text and
/// Markdown, numbers as numbers in JSON, `nil` as an empty cell or `null`).
///
/// ```swift
/// struct InfluenceRow: Encodable {
///     var account: Int64
///     var handle: String
///     var score: Double
/// }
/// var table = try ResultTable([InfluenceRow(account: 7, handle: "@dr_ada_quillbrook_fic", score: 0.25)])
/// table.setDecimals(4, for: "score")
/// print(table.rendered(as: .table))
/// // account  handle                  score
/// //       7  @dr_ada_quillbrook_fic  0.2500
/// ```
///
/// Cells are untrusted text (handles, names): the text table goes through
/// ``Escaping/terminalText(_:)`` (a handle cannot move the terminal's cursor or change its
/// colours), CSV quotes per RFC 4180, JSON through ``Escaping/jsonQuoted(_:)`` and Markdown
/// through ``Escaping/markdownEscape(_:)``.
public struct ResultTable: Sendable, Equatable {

    /// One value in a row.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case integer(Int64)
        case number(Double)
        case flag(Bool)
        /// No value (an optional left empty): an empty cell, `null` in JSON.
        case missing

        var isNumeric: Bool {
            switch self {
            case .integer, .number: return true
            default: return false
            }
        }
    }

    /// A column: the key CSV headers and JSON objects use, the title text tables and Markdown
    /// show, and how many decimals text, CSV and Markdown give a number (JSON always writes
    /// the value in full). Text tables and Markdown right-align a column whose values are
    /// all numbers, unless `rightAligned` says otherwise (a column of counts with a text row).
    public struct Column: Sendable, Equatable {
        public var key: String
        public var title: String
        public var decimals: Int?
        /// CSV writes the column's numbers in full (shortest text that reads back the same
        /// Double) while text and Markdown round them to `decimals`.
        public var fullInCSV = false
        public var rightAligned: Bool?

        public init(_ key: String, title: String? = nil, decimals: Int? = nil, rightAligned: Bool? = nil) {
            self.key = key
            self.title = title ?? key
            self.decimals = decimals
            self.rightAligned = rightAligned
        }
    }

    public var columns: [Column]
    public var rows: [[Cell]]

    public init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Encodes `rows` into cells. The columns are the first row's keys in encoding order, or
    /// `columns` when given (which also picks and orders them, and names them when there are no
    /// rows). A key that a row does not encode, or a value that is not a scalar (an array, a
    /// nested object), throws `EncodingError.invalidValue`.
    public init<Row: Encodable>(_ rows: [Row], columns: [String]? = nil) throws {
        var keys = columns
        var cells: [[Cell]] = []
        cells.reserveCapacity(rows.count)
        for row in rows {
            let encoder = RowEncoder()
            try row.encode(to: encoder)
            let fields = encoder.storage.fields
            let order = keys ?? fields.map(\.key)
            keys = order
            var lookup: [String: Cell] = [:]
            for (key, cell) in fields { lookup[key] = cell }
            cells.append(try order.map { key in
                guard let cell = lookup[key] else {
                    throw EncodingError.invalidValue(row, .init(codingPath: [], debugDescription: "the row has no column \(key)"))
                }
                return cell
            })
        }
        self.init(columns: (keys ?? []).map { Column($0) }, rows: cells)
    }

    /// Sets how many decimals the text, CSV and Markdown forms give the columns `keys`;
    /// `csv: false` keeps CSV's numbers in full (for a program reading them).
    public mutating func setDecimals(_ decimals: Int, for keys: String..., csv: Bool = true) {
        for i in columns.indices where keys.contains(columns[i].key) {
            columns[i].decimals = decimals
            columns[i].fullInCSV = !csv
        }
    }

    /// Sets the title text tables and Markdown show for the column `key`.
    public mutating func setTitle(_ title: String, for key: String) {
        for i in columns.indices where columns[i].key == key { columns[i].title = title }
    }

    /// Right-aligns (or left-aligns) the column `key` in text tables and Markdown whatever its values.
    public mutating func setRightAligned(_ right: Bool, for key: String) {
        for i in columns.indices where columns[i].key == key { columns[i].rightAligned = right }
    }

    /// The table with only the columns whose keys are in `keys`, in that order.
    public func selecting(_ keys: [String]) -> ResultTable {
        let indices = keys.compactMap { key in columns.firstIndex { $0.key == key } }
        return ResultTable(columns: indices.map { columns[$0] }, rows: rows.map { row in indices.map { row[$0] } })
    }

    /// The formats the writer knows.
    public enum Format: String, CaseIterable, Sendable {
        case table, json, csv, markdown
    }

    /// The table in `format`, ending in a newline (a table without columns: the empty
    /// string, or `[]` in JSON).
    public func rendered(as format: Format) -> String {
        switch format {
        case .table: return textTable()
        case .csv: return csv()
        case .json: return json()
        case .markdown: return markdown()
        }
    }

    // MARK: Writers

    /// Whether column `i` is right-aligned: as set, or when every cell of it that has a value
    /// is a number (and one has).
    private func isNumericColumn(_ i: Int) -> Bool {
        if let right = columns[i].rightAligned { return right }
        var any = false
        for row in rows {
            switch row[i] {
            case .integer, .number: any = true
            case .missing: continue
            default: return false
            }
        }
        return any
    }

    private func text(_ cell: Cell, _ column: Column) -> String {
        switch cell {
        case .text(let s): return s
        case .integer(let n): return String(n)
        case .number(let x):
            guard x.isFinite else { return x.isNaN ? "NaN" : (x < 0 ? "-inf" : "inf") }
            if let d = column.decimals { return String(format: "%.\(d)f", x) }
            return x == x.rounded(.towardZero) && abs(x) < 1e15 ? String(Int64(x)) : String(x)
        case .flag(let b): return b ? "true" : "false"
        case .missing: return ""
        }
    }

    private func textTable() -> String {
        guard !columns.isEmpty else { return "" }
        let numeric = columns.indices.map(isNumericColumn)
        let header = columns.map { Escaping.terminalText($0.title) }
        let body = rows.map { row in columns.indices.map { Escaping.terminalText(text(row[$0], columns[$0])) } }
        let widths = columns.indices.map { i in body.reduce(header[i].count) { max($0, $1[i].count) } }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (i, c) in cells.enumerated() {
                if i > 0 { out += "  " }
                let pad = String(repeating: " ", count: widths[i] - c.count)
                out += numeric[i] ? pad + c : c + pad
            }
            while out.last == " " { out.removeLast() }
            return out + "\n"
        }
        return line(header) + body.map(line).joined()
    }

    private func csv() -> String {
        guard !columns.isEmpty else { return "" }
        func field(_ s: String) -> String {
            guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var out = columns.map { field($0.key) }.joined(separator: ",") + "\n"
        for row in rows {
            out += columns.indices.map { i in
                var column = columns[i]
                if column.fullInCSV { column.decimals = nil }
                return field(text(row[i], column))
            }.joined(separator: ",") + "\n"
        }
        return out
    }

    private func markdown() -> String {
        var table = MarkdownTable(columns: columns.indices.map { i in
            MarkdownTable.Column(columns[i].title, alignment: isNumericColumn(i) ? .right : .none)
        })
        for row in rows { table.addRow(columns.indices.map { text(row[$0], columns[$0]) }) }
        return table.render()
    }

    private func json() -> String {
        var out = "["
        for (r, row) in rows.enumerated() {
            out += r == 0 ? "\n  {" : ",\n  {"
            let order = columns.indices.sorted { columns[$0].key < columns[$1].key }
            for (n, i) in order.enumerated() {
                out += n == 0 ? "\n" : ",\n"
                out += "    " + Escaping.jsonQuoted(columns[i].key) + " : " + Self.jsonValue(row[i])
            }
            out += order.isEmpty ? "}" : "\n  }"
        }
        out += rows.isEmpty ? "]\n" : "\n]\n"
        return out
    }

    static func jsonValue(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): return Escaping.jsonQuoted(s)
        case .integer(let n): return String(n)
        case .number(let x):
            guard x.isFinite else { return "null" }
            return x == x.rounded(.towardZero) && abs(x) < 1e15 ? String(Int64(x)) : String(x)
        case .flag(let b): return b ? "true" : "false"
        case .missing: return "null"
        }
    }
}

// MARK: - Encoding rows into cells

/// A minimal `Encoder` for one flat row: a keyed container of scalars.
private final class RowEncoder: Encoder {
    final class Storage { var fields: [(key: String, cell: ResultTable.Cell)] = [] }
    let storage = Storage()
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(RowContainer<Key>(storage: storage))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        NotScalar(codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        NotScalar(codingPath: codingPath)
    }
}

private struct RowContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: RowEncoder.Storage
    var codingPath: [CodingKey] = []

    private func put(_ cell: ResultTable.Cell, _ key: Key) { storage.fields.append((key.stringValue, cell)) }

    mutating func encodeNil(forKey key: Key) throws { put(.missing, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.flag(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.text(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.number(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(.number(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try put(Self.unsigned(UInt64(value), key), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try put(Self.unsigned(value, key), key) }

    private static func unsigned(_ value: UInt64, _ key: Key) throws -> ResultTable.Cell {
        guard let v = Int64(exactly: value) else {
            throw EncodingError.invalidValue(value, .init(codingPath: [key], debugDescription: "\(key.stringValue): an integer above Int64.max"))
        }
        return .integer(v)
    }

    /// Optionals written as empty cells, so every row has the same columns.
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { put(value.map { .text($0) } ?? .missing, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { put(value.map { .number($0) } ?? .missing, key) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { put(value.map { .flag($0) } ?? .missing, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { put(value.map { .integer(Int64($0)) } ?? .missing, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { put(value.map { .integer($0) } ?? .missing, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { put(value.map { .integer(Int64($0)) } ?? .missing, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let value else { return put(.missing, key) }
        try encode(value, forKey: key)
    }

    /// Other values: their single scalar (a `RawRepresentable` enum, a wrapper), or an error.
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let inner = ScalarEncoder(codingPath: [key])
        try value.encode(to: inner)
        guard let cell = inner.cell else {
            throw EncodingError.invalidValue(value, .init(codingPath: [key], debugDescription: "\(key.stringValue): a table cell takes one scalar value"))
        }
        put(cell, key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(NotScalarKeyed<NestedKey>(codingPath: codingPath + [key]))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer { NotScalar(codingPath: codingPath + [key]) }
    mutating func superEncoder() -> Encoder { ScalarEncoder(codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> Encoder { ScalarEncoder(codingPath: codingPath + [key]) }
}

/// Encodes one value that must turn out to be a single scalar.
private final class ScalarEncoder: Encoder, SingleValueEncodingContainer {
    var codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] = [:]
    var cell: ResultTable.Cell?

    init(codingPath: [CodingKey]) { self.codingPath = codingPath }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(NotScalarKeyed<Key>(codingPath: codingPath))
    }
    func unkeyedContainer() -> UnkeyedEncodingContainer { NotScalar(codingPath: codingPath) }
    func singleValueContainer() -> SingleValueEncodingContainer { self }

    func encodeNil() throws { cell = .missing }
    func encode(_ value: Bool) throws { cell = .flag(value) }
    func encode(_ value: String) throws { cell = .text(value) }
    func encode(_ value: Double) throws { cell = .number(value) }
    func encode(_ value: Float) throws { cell = .number(Double(value)) }
    func encode(_ value: Int) throws { cell = .integer(Int64(value)) }
    func encode(_ value: Int8) throws { cell = .integer(Int64(value)) }
    func encode(_ value: Int16) throws { cell = .integer(Int64(value)) }
    func encode(_ value: Int32) throws { cell = .integer(Int64(value)) }
    func encode(_ value: Int64) throws { cell = .integer(value) }
    func encode(_ value: UInt) throws { cell = Int64(exactly: value).map { .integer($0) } }
    func encode(_ value: UInt8) throws { cell = .integer(Int64(value)) }
    func encode(_ value: UInt16) throws { cell = .integer(Int64(value)) }
    func encode(_ value: UInt32) throws { cell = .integer(Int64(value)) }
    func encode(_ value: UInt64) throws { cell = Int64(exactly: value).map { .integer($0) } }
    func encode<T: Encodable>(_ value: T) throws { try value.encode(to: self) }
}

/// A container for what a flat row cannot hold: every write throws.
private struct NotScalar: UnkeyedEncodingContainer, SingleValueEncodingContainer {
    var codingPath: [CodingKey]
    var count: Int { 0 }

    private func refuse() -> EncodingError {
        .invalidValue((), .init(codingPath: codingPath, debugDescription: "a table cell takes one scalar value, not a list or an object"))
    }
    mutating func encodeNil() throws { throw refuse() }
    mutating func encode<T: Encodable>(_ value: T) throws { throw refuse() }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(NotScalarKeyed<NestedKey>(codingPath: codingPath))
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { self }
    mutating func superEncoder() -> Encoder { ScalarEncoder(codingPath: codingPath) }
}

private struct NotScalarKeyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    var codingPath: [CodingKey]

    mutating func encodeNil(forKey key: Key) throws { throw refuse(key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { throw refuse(key) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(NotScalarKeyed<NestedKey>(codingPath: codingPath + [key]))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer { NotScalar(codingPath: codingPath + [key]) }
    mutating func superEncoder() -> Encoder { ScalarEncoder(codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> Encoder { ScalarEncoder(codingPath: codingPath + [key]) }

    private func refuse(_ key: Key) -> EncodingError {
        .invalidValue((), .init(codingPath: codingPath + [key], debugDescription: "a table cell takes one scalar value, not an object"))
    }
}
