import Foundation

/// A command's JSON output when it is more than a list of rows: an `Encodable` envelope
/// (parameters, totals) with the rows under one key beside its own keys.
///
/// ```swift
/// struct Parameters: Encodable { var seed: UInt64 }
/// let document = ResultDocument(Parameters(seed: 1), rows: [InfluenceRow(...)], under: "accounts")
/// print(try document.json())   // {"accounts": [...], "seed": 1}, keys sorted
/// ```
///
/// The JSON is written as ``ResultTable`` writes rows — Foundation's `JSONSerialization` with
/// sorted keys, pretty-printed — so rows may also hold nested values (lists, objects) that the
/// text, CSV and Markdown forms leave out. A key the envelope encodes with `nil` is `null`;
/// one it skips (`encodeIfPresent`, synthesised optionals) is absent.
public struct ResultDocument<Envelope: Encodable, Row: Encodable>: Encodable {
    public var envelope: Envelope
    public var rows: [Row]
    public var key: String

    public init(_ envelope: Envelope, rows: [Row], under key: String) {
        self.envelope = envelope
        self.rows = rows
        self.key = key
    }

    public func encode(to encoder: Encoder) throws {
        try envelope.encode(to: encoder)
        var container = encoder.container(keyedBy: ResultKey.self)
        try container.encode(rows, forKey: ResultKey(key))
    }

    /// The document as JSON text ending in a newline.
    public func json() throws -> String { try ResultTable.json(self) }
}

extension ResultTable {
    /// `value` as JSON text ending in a newline, byte for byte what `JSONSerialization` writes
    /// with `[.sortedKeys, .prettyPrinted]` for the same values (the form of ``rendered(as:)``'s
    /// JSON); `escapingSlashes: false` writes `/` unescaped (`.withoutEscapingSlashes`).
    public static func json<T: Encodable>(_ value: T, escapingSlashes: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = escapingSlashes ? [.prettyPrinted, .sortedKeys] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

/// A coding key made from a string (the rows' key, keys named at run time).
public struct ResultKey: CodingKey {
    public var stringValue: String
    public var intValue: Int? { nil }
    public init(_ string: String) { stringValue = string }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}

/// An optional written as `null` when absent (synthesized `Encodable` leaves the key out), so
/// every JSON row and saved run has the same keys: `@NullWhenAbsent var specialty: String?`.
@propertyWrapper
public struct NullWhenAbsent<Value: Encodable & Sendable>: Encodable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if let wrappedValue { try c.encode(wrappedValue) } else { try c.encodeNil() }
    }
}
