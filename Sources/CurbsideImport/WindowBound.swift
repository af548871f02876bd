/// Parses the bounds of an analysis window (`--since`, `--until`).
public enum WindowBound {
    /// Unix seconds of an ISO 8601 date or date-time, UTC unless it names an offset:
    /// `2019-11-16` (a whole day: its first second, or its last with `endOfDay`),
    /// `2019-11-16T08:30`, `2019-11-16T08:30:00Z`, `2019-11-16 08:30:00`, `…+01:00`.
    /// Fractional seconds are dropped. Plain numbers are refused (`2019` is not a date).
    public static func parse(_ text: String, endOfDay: Bool) -> Int64? {
        var bytes = Array(text.utf8)
        while let c = bytes.last, c == 32 || c == 9 { bytes.removeLast() }
        while let c = bytes.first, c == 32 || c == 9 { bytes.removeFirst() }
        guard let t = bytes.withUnsafeBufferPointer({ Timestamps.parseISO($0) }) else { return nil }
        return bytes.count == 10 && endOfDay ? t + 86_399 : t
    }
}
