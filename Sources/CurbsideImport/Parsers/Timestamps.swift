/// Hand-written timestamp parsers: no `DateFormatter` (slow, locale-dependent), no Foundation.
///
/// All results are Unix seconds, UTC. Fractional seconds are dropped.
enum Timestamps {
    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Unix seconds of a validated civil date-time, or nil when a field is out of range.
    static func unix(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offsetSeconds: Int) -> Int64? {
        guard (1 ... 12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month),
              (0 ... 23).contains(hour), (0 ... 59).contains(minute), (0 ... 60).contains(second)
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        return Int64(days) * 86400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetSeconds)
    }

    /// Parses an X archive date, `"Wed Nov 17 19:49:09 +0000 2021"` (weekday, month, day,
    /// time, UTC offset `±HHMM`, year). The weekday is not checked.
    static func parseTwitter(_ text: String) -> Int64? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 6 else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let monthIndex = months.firstIndex(of: parts[1].lowercased()),
              let day = Int(parts[2]), let year = Int(parts[5]), (1 ... 9999).contains(year)
        else { return nil }
        let hms = parts[3].split(separator: ":")
        guard hms.count == 3, let h = Int(hms[0]), let m = Int(hms[1]), let s = Int(hms[2]) else { return nil }
        guard let offset = parseOffset(Array(parts[4].utf8)) else { return nil }
        return unix(year: year, month: monthIndex + 1, day: day, hour: h, minute: m, second: s, offsetSeconds: offset)
    }

    /// Parses `±HH:MM`, `±HHMM`, `±HH` or `Z` into seconds east of UTC.
    static func parseOffset(_ b: [UInt8]) -> Int? {
        if b == [UInt8(ascii: "Z")] || b == [UInt8(ascii: "z")] { return 0 }
        guard let sign = b.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        let digits = b.dropFirst().filter { $0 != UInt8(ascii: ":") }
        guard digits.count == 2 || digits.count == 4, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let d = digits.map { Int($0) - 48 }
        let hours = d[0] * 10 + d[1]
        let minutes = d.count == 4 ? d[2] * 10 + d[3] : 0
        guard hours <= 23, minutes <= 59 else { return nil }
        let value = hours * 3600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -value : value
    }

    /// Parses a generic-file timestamp: Unix seconds (`1573913000`, optionally with a
    /// fraction that is dropped), ISO 8601 (`2019-11-16T14:03:00Z`, `…+01:00`, `….250Z`),
    /// the same with a space instead of `T` and no zone (taken as UTC), or a bare date
    /// `2019-11-16` (midnight UTC).
    static func parseGeneric(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        var n = b.count
        var start = 0
        while start < n, b[start] == 32 || b[start] == 9 { start += 1 }
        while n > start, b[n - 1] == 32 || b[n - 1] == 9 { n -= 1 }
        guard start < n else { return nil }
        // Unix seconds.
        var i = start
        var negative = false
        if b[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var value: Int64 = 0
        var digits = 0
        while i < n, b[i] >= 48, b[i] <= 57, digits < 18 {
            value = value * 10 + Int64(b[i] - 48)
            i += 1; digits += 1
        }
        if digits > 0, i == n { return negative ? -value : value }
        if digits > 0, !negative, b[i] == UInt8(ascii: ".") {
            var j = i + 1
            while j < n, b[j] >= 48, b[j] <= 57 { j += 1 }
            if j == n, j > i + 1 { return value }
        }
        // ISO 8601 / SQL-style date-time.
        return parseISO(UnsafeBufferPointer(rebasing: b[start ..< n]))
    }

    /// Parses `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:]MM]`.
    static func parseISO(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        func num(_ at: Int, _ len: Int) -> Int? {
            guard at + len <= b.count else { return nil }
            var v = 0
            for k in at ..< at + len {
                let c = b[k]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard b.count >= 10, let year = num(0, 4), b[4] == UInt8(ascii: "-"), let month = num(5, 2),
              b[7] == UInt8(ascii: "-"), let day = num(8, 2)
        else { return nil }
        if b.count == 10 {
            return unix(year: year, month: month, day: day, hour: 0, minute: 0, second: 0, offsetSeconds: 0)
        }
        guard b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " ") || b[10] == UInt8(ascii: "t"),
              let hour = num(11, 2), b.count > 13, b[13] == UInt8(ascii: ":"), let minute = num(14, 2)
        else { return nil }
        var i = 16
        var second = 0
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard let s = num(i + 1, 2) else { return nil }
            second = s
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
                i += 1
                let fracStart = i
                while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
                guard i > fracStart else { return nil }
            }
        }
        var offset = 0
        if i < b.count {
            var zoneStart = i
            if b[zoneStart] == 32 { zoneStart += 1 }
            guard zoneStart < b.count, let o = parseOffset(Array(b[zoneStart ..< b.count])) else { return nil }
            offset = o
        }
        return unix(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetSeconds: offset)
    }

    /// ``parseGeneric(_:)`` for a `String`.
    static func parseGeneric(_ text: String) -> Int64? {
        var copy = Array(text.utf8)
        return copy.withUnsafeMutableBufferPointer { parseGeneric(UnsafeBufferPointer($0)) }
    }
}
