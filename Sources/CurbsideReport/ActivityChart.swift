import Foundation

/// A small stacked bar chart of interactions over time, as standalone SVG text.
///
/// One bar per UTC day (per week when the span passes 180 days), stacked by kind in a fixed
/// order with the colour-blind-safe ``Palette``, a y-axis maximum, first/last date labels and a
/// legend. All text is XML-escaped; output depends only on the input.
public struct ActivityChart: Sendable {
    /// `(day since 1970-01-01 UTC, kind, count)` rows, any order.
    public var rows: [(day: Int64, kind: String, count: Int)]
    public var title: String = "Interactions per day (UTC)"
    public var width = 760
    public var height = 220

    public init(rows: [(day: Int64, kind: String, count: Int)]) {
        self.rows = rows
    }

    static let kindOrder = ["mention", "reply", "repost", "quote", "like"]

    /// The day (or week start) with the most interactions and its total.
    public var peak: (day: Int64, count: Int)? {
        let totals = Dictionary(grouping: rows, by: \.day).mapValues { $0.reduce(0) { $0 + $1.count } }
        return totals.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }.map { ($0.key, $0.value) }
    }

    /// SVG text, or `nil` when there is nothing to draw.
    public func svg() -> String? {
        guard let first = rows.map(\.day).min(), let last = rows.map(\.day).max() else { return nil }
        let weekly = last - first > 180
        let bucket: (Int64) -> Int64 = { weekly ? ($0 - first) / 7 : $0 - first }
        let buckets = Int(bucket(last)) + 1
        let kinds = Self.kindOrder.filter { k in rows.contains { $0.kind == k } }
            + Set(rows.map(\.kind)).subtracting(Self.kindOrder).sorted()
        let colors = Palette.standard.colors(for: kinds)
        var stacks = [[Int]](repeating: [Int](repeating: 0, count: kinds.count), count: buckets)
        for r in rows {
            guard let k = kinds.firstIndex(of: r.kind) else { continue }
            stacks[Int(bucket(r.day))][k] += r.count
        }
        let maxTotal = max(1, stacks.map { $0.reduce(0, +) }.max() ?? 1)
        let left = 48.0, right = 12.0, top = 34.0, bottom = 44.0
        let plotW = Double(width) - left - right, plotH = Double(height) - top - bottom
        let barW = plotW / Double(buckets)
        func esc(_ s: String) -> String { Escaping.htmlEscape(s) }
        func num(_ v: Double) -> String { String(format: "%.2f", v) }

        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
        font-family="Helvetica, Arial, sans-serif" font-size="11">
        <title>\(esc(title))</title>
        <rect width="\(width)" height="\(height)" fill="white"/>
        <text x="\(num(left))" y="18" font-size="13" font-weight="bold">\(esc(weekly ? "Interactions per week (UTC)" : title))</text>

        """
        for (i, stack) in stacks.enumerated() {
            var y = top + plotH
            for (k, n) in stack.enumerated() where n > 0 {
                let h = plotH * Double(n) / Double(maxTotal)
                y -= h
                svg += "<rect x=\"\(num(left + Double(i) * barW + barW * 0.1))\" y=\"\(num(y))\" width=\"\(num(max(barW * 0.8, 0.5)))\" "
                    + "height=\"\(num(h))\" fill=\"\(colors[kinds[k]]!.hex)\"/>\n"
            }
        }
        // Axes and labels.
        svg += "<line x1=\"\(num(left))\" y1=\"\(num(top + plotH))\" x2=\"\(num(left + plotW))\" y2=\"\(num(top + plotH))\" stroke=\"#555\"/>\n"
        svg += "<line x1=\"\(num(left))\" y1=\"\(num(top))\" x2=\"\(num(left))\" y2=\"\(num(top + plotH))\" stroke=\"#555\"/>\n"
        svg += "<text x=\"\(num(left - 4))\" y=\"\(num(top + 4))\" text-anchor=\"end\">\(maxTotal)</text>\n"
        svg += "<text x=\"\(num(left - 4))\" y=\"\(num(top + plotH))\" text-anchor=\"end\">0</text>\n"
        svg += "<text x=\"\(num(left))\" y=\"\(num(top + plotH + 14))\">\(esc(Self.date(first)))</text>\n"
        svg += "<text x=\"\(num(left + plotW))\" y=\"\(num(top + plotH + 14))\" text-anchor=\"end\">\(esc(Self.date(last)))</text>\n"
        var x = left
        for k in kinds {
            svg += "<rect x=\"\(num(x))\" y=\"\(num(Double(height) - 16))\" width=\"10\" height=\"10\" fill=\"\(colors[k]!.hex)\"/>"
            svg += "<text x=\"\(num(x + 14))\" y=\"\(num(Double(height) - 7))\">\(esc(k))</text>\n"
            x += 14 + Double(k.count) * 6.5 + 16
        }
        return svg + "</svg>\n"
    }

    /// `yyyy-MM-dd` of a day number.
    public static func date(_ day: Int64) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: Date(timeIntervalSince1970: TimeInterval(day * 86_400)))
    }
}
