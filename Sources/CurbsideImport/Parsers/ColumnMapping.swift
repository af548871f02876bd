import CurbsideRecords
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which column of a CSV/TSV file or whitespace edge list plays which role, for files whose
/// header Curbside does not recognise (`src_user`, `from_id`, `retweeted_user_id`, …) or that
/// have none. Given, it overrides header detection for the roles it names; the other roles
/// are detected as without it. Written on the command line as
/// `--columns source=src_user,target=3,kind=type,time=created_at,weight=n,header=no`.
///
/// - Columns are named by header name (matched exactly, else ignoring case, spaces, `_`
///   and `-`) or by 1-based index. A name the header lacks, or an index past its last
///   column, is an ``ImportError`` with reason `unknown-column` listing the columns the file
///   has (a usage error: the mapping, not the file, is wrong).
/// - Node attributes (`handle`, `name`, `bio`, `specialty`) describe the row's **source**
///   account; the first row naming an account gives them.
/// - ``header``: whether the first record is a header. Default: yes for CSV/TSV, and for a
///   whitespace edge list only when the mapping names a column by name.
public struct ColumnMapping: Sendable, Equatable {
    /// A column, by header name or by 1-based index.
    public enum Column: Sendable, Equatable, CustomStringConvertible {
        case name(String)
        case index(Int)

        public var description: String {
            switch self {
            case .name(let n): return n
            case .index(let i): return "column \(i)"
            }
        }
    }

    /// What a column holds.
    public enum Role: String, Sendable, CaseIterable {
        case source, target, kind, time, weight, handle, name, bio, specialty
    }

    /// How the time column is written.
    public enum TimeFormat: Sendable, Equatable {
        /// Unix seconds or ISO 8601 (as without a mapping).
        case auto
        case epochSeconds
        case epochMilliseconds
        case iso8601
        /// A `strptime(3)` pattern such as `%m/%d/%Y %H:%M`, read in ``ColumnMapping/timeZone``
        /// unless the pattern has `%z`.
        case strftime(String)

        /// `auto`, `epoch`/`epoch-seconds`/`s`, `epoch-ms`/`epoch-milliseconds`/`ms`, `iso8601`,
        /// or a pattern holding `%`.
        public init?(_ text: String) {
            switch text.lowercased() {
            case "auto": self = .auto
            case "epoch", "epoch-seconds", "seconds", "s", "unix": self = .epochSeconds
            case "epoch-ms", "epoch-milliseconds", "milliseconds", "ms": self = .epochMilliseconds
            case "iso8601", "iso-8601", "iso": self = .iso8601
            default:
                guard text.contains("%") else { return nil }
                self = .strftime(text)
            }
        }
    }

    public var columns: [Role: Column] = [:]
    /// Codes of the kind column to kinds (`1` → `repost`). Empty: the cell is the kind. Given,
    /// a code it lacks is a bad record (`bad-kind-code`).
    public var kindCodes: [String: String] = [:]
    public var timeFormat: TimeFormat = .auto
    /// Seconds east of UTC of a strftime pattern's local times, or a named zone
    /// (`Europe/Berlin`, daylight saving included). Nil: UTC.
    public var timeZone: TimeZoneSpec?
    /// Whether the first record is a header; nil: the default above.
    public var header: Bool?

    public init(columns: [Role: Column] = [:], kindCodes: [String: String] = [:], timeFormat: TimeFormat = .auto,
                timeZone: TimeZoneSpec? = nil, header: Bool? = nil) {
        self.columns = columns
        self.kindCodes = kindCodes
        self.timeFormat = timeFormat
        self.timeZone = timeZone
        self.header = header
    }

    /// A time zone: a fixed offset or a named zone of the system's tz database.
    public enum TimeZoneSpec: Sendable, Equatable {
        case offset(Int)
        case named(String)

        /// `UTC`, `Z`, `±HH:MM`/`±HHMM`/`±HH`, or a tz database name (`America/Chicago`).
        public init?(_ text: String) {
            if text.uppercased() == "UTC" || text.uppercased() == "GMT" {
                self = .offset(0)
            } else if let seconds = Timestamps.parseOffset(Array(text.utf8)) {
                self = .offset(seconds)
            } else if TimeZone(identifier: text) != nil {
                self = .named(text)
            } else {
                return nil
            }
        }

        /// The UTC time of a wall-clock time `local` (read as if it were UTC) in this zone.
        func utc(fromLocal local: Int64) -> Int64 {
            switch self {
            case .offset(let s): return local - Int64(s)
            case .named(let name):
                guard let zone = TimeZone(identifier: name) else { return local }
                let first = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local))))
                let second = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - first))))
                return local - second
            }
        }
    }

    /// Whether the mapping names a column by header name (so the file needs a header).
    var namesColumns: Bool {
        columns.values.contains { if case .name = $0 { return true } else { return false } }
    }

    /// A problem with the mapping's own text (a usage error).
    public struct SyntaxError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Parses `role=column,…` (roles: source, target, kind, time, weight, handle, name, bio,
    /// specialty; `header=yes|no`).
    public static func parse(columns spec: String) throws -> ColumnMapping {
        var mapping = ColumnMapping()
        for (key, value) in try pairs(spec, what: "--columns", example: "source=src_user,target=3") {
            if key.lowercased() == "header" {
                switch value.lowercased() {
                case "yes", "true", "1": mapping.header = true
                case "no", "false", "0": mapping.header = false
                default: throw SyntaxError(description: "--columns: header=\(value): expected header=yes or header=no")
                }
                continue
            }
            guard let role = Role(rawValue: key.lowercased()) else {
                throw SyntaxError(description: "--columns: unknown role \(key): expected one of "
                    + Role.allCases.map(\.rawValue).joined(separator: ", ") + ", header")
            }
            guard mapping.columns[role] == nil else { throw SyntaxError(description: "--columns: \(key) is given twice") }
            if let i = Int(value) {
                guard i >= 1 else { throw SyntaxError(description: "--columns: \(key)=\(value): column indexes start at 1") }
                mapping.columns[role] = .index(i)
            } else {
                mapping.columns[role] = .name(value)
            }
        }
        return mapping
    }

    /// Parses `code=kind,…` (`1=repost,2=reply,3=quote`, `RT=repost`).
    public static func parse(kindMap spec: String) throws -> [String: String] {
        var map: [String: String] = [:]
        for (code, kind) in try pairs(spec, what: "--kind-map", example: "1=repost,2=reply") {
            guard map[code] == nil else { throw SyntaxError(description: "--kind-map: the code \(code) is given twice") }
            map[code] = kind
        }
        return map
    }

    private static func pairs(_ spec: String, what: String, example: String) throws -> [(String, String)] {
        try spec.split(separator: ",", omittingEmptySubsequences: true).map { item in
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw SyntaxError(description: "\(what): \(item): expected key=value pairs separated by commas, e.g. \(example)")
            }
            return (parts[0], parts[1])
        }
    }

    /// 0-based indexes of the mapped roles in a record of `count` fields whose header cells
    /// are `header` (nil: no header). Throws `unknown-column` naming what the file has.
    func resolve(header: [String]?, count: Int, file: String, line: Int) throws -> [Role: Int] {
        var out: [Role: Int] = [:]
        for role in Role.allCases {
            guard let column = columns[role] else { continue }
            switch column {
            case .index(let i):
                guard i <= count else {
                    throw unknownColumn(role, column, header: header, count: count, file: file, line: line)
                }
                out[role] = i - 1
            case .name(let name):
                let cells = header ?? []
                let k = cells.firstIndex(of: name)
                    ?? cells.firstIndex { CSVReader.normalize($0) == CSVReader.normalize(name) }
                guard let k else { throw unknownColumn(role, column, header: header, count: count, file: file, line: line) }
                out[role] = k
            }
        }
        return out
    }

    private func unknownColumn(_ role: Role, _ column: Column, header: [String]?, count: Int, file: String, line: Int) -> ImportError {
        let has: String
        if let header {
            has = header.enumerated().map { "\($0.offset + 1) \($0.element.isEmpty ? "(unnamed)" : $0.element)" }.joined(separator: ", ")
        } else {
            has = "\(count) unnamed column\(count == 1 ? "" : "s")"
        }
        let wanted: String
        switch column {
        case .name(let n): wanted = "a column named \(n)"
        case .index(let i): wanted = "a column \(i)"
        }
        return ImportError(file: file, location: "line \(line)",
                           expected: "\(wanted) for the \(role.rawValue) (--columns); the file has \(has)", reason: "unknown-column")
    }

    /// The time of a cell in ``timeFormat``, or nil when it is not one.
    func time(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        switch timeFormat {
        case .auto: return Timestamps.parseGeneric(b)
        case .iso8601: return Timestamps.parseISO(b)
        case .epochSeconds, .epochMilliseconds:
            guard let text = utf8String(b), let v = Double(text), v.isFinite, abs(v) < 1e17 else { return nil }
            let seconds = timeFormat == .epochMilliseconds ? v / 1000 : v
            return Int64(seconds.rounded(.down))
        case .strftime(let pattern):
            return strptimeUTC(b, pattern)
        }
    }

    /// `strptime(3)` over the whole cell; the wall-clock time read in ``timeZone`` (or by `%z`).
    private func strptimeUTC(_ b: UnsafeBufferPointer<UInt8>, _ pattern: String) -> Int64? {
        var text = [CChar](repeating: 0, count: b.count + 1)
        for i in 0 ..< b.count {
            guard b[i] != 0 else { return nil }
            text[i] = CChar(bitPattern: b[i])
        }
        var parts = tm()
        let readsZone = pattern.contains("%z")
        return text.withUnsafeBufferPointer { buffer -> Int64? in
            guard let rest = systemStrptime(buffer.baseAddress!, pattern, &parts) else { return nil }
            var r = rest
            while r.pointee == 32 || r.pointee == 9 { r += 1 }
            guard r.pointee == 0 else { return nil }
            let offset = parts.tm_gmtoff
            let local = Int64(timegm(&parts))
            if readsZone { return local - Int64(offset) }
            return timeZone?.utc(fromLocal: local) ?? local
        }
    }

    /// What the time column was expected to hold, for errors.
    var timeExpectation: String {
        switch timeFormat {
        case .auto: return "Unix seconds or an ISO 8601 time"
        case .epochSeconds: return "Unix seconds"
        case .epochMilliseconds: return "Unix milliseconds"
        case .iso8601: return "an ISO 8601 time"
        case .strftime(let p): return "a time like \(p)"
        }
    }
}

/// glibc's `strptime(3)`, which the Glibc module does not export (it sits behind
/// `_XOPEN_SOURCE` in `time.h`).
@_silgen_name("strptime")
private func systemStrptime(_ s: UnsafePointer<CChar>, _ format: UnsafePointer<CChar>, _ tm: UnsafeMutablePointer<tm>)
    -> UnsafeMutablePointer<CChar>?

/// An id cell without surrounding ASCII whitespace and one pair of matching quotes around
/// it (`  "a_fic" ` → `a_fic`, `'b_fic'` → `b_fic`); a quote that is part of the id stays.
@inline(__always)
func trimmedID(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    @inline(__always) func blank(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 13 || c == 10 }
    var s = 0, e = b.count
    while s < e, blank(b[s]) { s += 1 }
    while e > s, blank(b[e - 1]) { e -= 1 }
    if e - s >= 2, b[s] == b[e - 1], b[s] == 34 || b[s] == 39 {
        s += 1
        e -= 1
        while s < e, blank(b[s]) { s += 1 }
        while e > s, blank(b[e - 1]) { e -= 1 }
    }
    if s == 0 && e == b.count { return b }
    return UnsafeBufferPointer(rebasing: b[s ..< e])
}
