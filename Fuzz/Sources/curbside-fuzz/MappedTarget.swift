import CurbsideImport
import Foundation

/// The `mapped` target: a CSV or whitespace edge list read with a column mapping that the
/// input's first ``headerCount`` bytes describe (Fuzz/seeds.py writes the same layout), imported
/// into the in-memory store; `curbside inspect` reads the same file with the same flags first.
///
/// - byte 0: bit 0 whitespace list (`edges.txt`, snap) or CSV (`input.csv`); bits 1–2 `header=`
///   (0 unset, 1 yes, 2 no, 3 unset); bit 3 the ``kindMap``; bits 4–6 the ``timeFormats`` entry;
///   bit 7 a ``timeZones`` entry (byte 6's bit 0).
/// - bytes 1–5: source, target, kind, time, weight; bit 7 set: the role is mapped, bits 1–6
///   mod 6 the column, bit 0 by the header name the file's first line gives that column
///   (split at `,` `;` tab or blanks), else by 1-based index.
/// - byte 6: bit 0 the time zone; bit 1 a handle column, bits 2–7 mod 6 its index.
enum MappedInput {
    static let headerCount = 7
    static let timeFormats: [ColumnMapping.TimeFormat] = [
        .auto, .epochSeconds, .epochMilliseconds, .iso8601, .strftime("%m/%d/%Y %H:%M"), .strftime("%d.%m.%Y %H:%M:%S"),
        .strftime("%Y-%m-%dT%H:%M:%S%z"), .auto,
    ]
    static let timeZones: [ColumnMapping.TimeZoneSpec] = [.named("America/Chicago"), .offset(5400)]
    static let kindMap = ["1": "repost", "2": "reply", "3": "quote", "RT": "repost", "MT": "mention", "RE": "reply"]
    static let roles: [ColumnMapping.Role] = [.source, .target, .kind, .time, .weight]

    static let target = FuzzTarget(name: "mapped", maxLen: 4096,
                                   summary: "7 bytes of mapping (--columns by name/index, --kind-map, --time-format), "
                                       + "then a CSV or whitespace list; inspect, then the store",
                                   viaStore: true, detectLeaks: false) { ws, bytes in
        let head = Array(bytes.prefix(headerCount)) + [UInt8](repeating: 0, count: max(0, headerCount - bytes.count))
        let file = bytes.dropFirst(headerCount)
        let blank = head[0] & 1 == 1
        let mapping = mapping(head, names: firstLineCells(file, blank: blank))
        let path = ws.write(file, blank ? "edges.txt" : "input.csv")
        var options = ImportOptions(format: blank ? .snap : .csv)
        options.columns = mapping
        // inspect must never trap either; what it says is checked by InspectCommandTests.
        _ = try? Inspector.inspect(path, options: options)
        return Placed(path: path, format: options.format, columns: mapping)
    }

    static func mapping(_ head: [UInt8], names: [String]) -> ColumnMapping {
        var m = ColumnMapping()
        switch (head[0] >> 1) & 3 {
        case 1: m.header = true
        case 2: m.header = false
        default: break
        }
        if head[0] & 8 != 0 { m.kindCodes = kindMap }
        m.timeFormat = timeFormats[Int(head[0] >> 4) & 7]
        if head[0] & 0x80 != 0 { m.timeZone = timeZones[Int(head[6] & 1)] }
        for (i, role) in roles.enumerated() {
            let b = head[1 + i]
            guard b & 0x80 != 0 else { continue }
            m.columns[role] = column(Int(b >> 1 & 0x3F) % 6, byName: b & 1 == 1, names)
        }
        if head[6] & 2 != 0 { m.columns[.handle] = .index(Int(head[6] >> 2) % 6 + 1) }
        return m
    }

    private static func column(_ k: Int, byName: Bool, _ names: [String]) -> ColumnMapping.Column {
        byName && k < names.count && !names[k].isEmpty ? .name(names[k]) : .index(k + 1)
    }

    /// The first line's cells, split at the most frequent of `,` `;` tab (or at blanks), quotes
    /// and spaces trimmed: names a mapping may give.
    static func firstLineCells(_ file: ArraySlice<UInt8>, blank: Bool) -> [String] {
        let line = file.prefix { $0 != 10 && $0 != 13 }
        let separators: Set<UInt8> = blank ? [32, 9]
            : [[44, 59, 9].max { a, b in line.filter { $0 == a }.count < line.filter { $0 == b }.count }!]
        return line.split(whereSeparator: { separators.contains($0) }).map {
            String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .init(charactersIn: " \"'"))
        }
    }
}
