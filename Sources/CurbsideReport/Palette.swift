import Foundation

/// Colours for categories (specialties, communities) that stay distinguishable for readers
/// with colour-vision deficiencies.
///
/// The first eight colours are the Okabe–Ito palette (Okabe & Ito, "Color Universal Design",
/// 2008), designed to stay distinct under protanopia, deuteranopia and tritanopia. Black,
/// Okabe–Ito's first colour, is moved to the end because labels on black fills are hard to
/// read. Categories beyond eight reuse the same hues as shades: indices 8–15 are the base
/// colours mixed 45 % with white, 16–23 mixed 35 % with black, 24–31 mixed 70 % with white,
/// and so on (black, which cannot get darker, becomes a dark grey). Past eight categories,
/// shapes or labels should carry the distinction too.
///
/// Assignment is stable: the *n*-th distinct category name in the order you give gets
/// colour *n*. Pass the categories in a fixed order (for instance sorted, or by size) and
/// the same category gets the same colour in every figure of a report.
public struct Palette: Sendable, Equatable {

    /// An sRGB colour with 8-bit channels.
    public struct Color: Sendable, Hashable, CustomStringConvertible {
        public var red: UInt8
        public var green: UInt8
        public var blue: UInt8

        public init(red: UInt8, green: UInt8, blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// `#RRGGBB`, upper-case hex: the form Graphviz, SVG, HTML and CSS all accept.
        public var hex: String {
            "#" + [red, green, blue].map { byte in
                let digits = String(byte, radix: 16, uppercase: true)
                return digits.count == 1 ? "0" + digits : digits
            }.joined()
        }

        public var description: String { hex }

        /// Black or white, whichever reads better as text on this colour (WCAG relative
        /// luminance threshold 0.179).
        public var contrastingText: Color {
            func linear(_ c: UInt8) -> Double {
                let s = Double(c) / 255
                return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
            }
            let luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
            return luminance > 0.179 ? Color(red: 0, green: 0, blue: 0) : Color(red: 255, green: 255, blue: 255)
        }

        /// This colour mixed with `other`: `amount` 0 is self, 1 is `other`.
        public func mixed(with other: Color, amount: Double) -> Color {
            let t = min(max(amount, 0), 1)
            func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
                UInt8((Double(a) * (1 - t) + Double(b) * t).rounded())
            }
            return Color(red: mix(red, other.red), green: mix(green, other.green), blue: mix(blue, other.blue))
        }
    }

    /// The eight Okabe–Ito colours in the order they are assigned: orange, sky blue,
    /// bluish green, yellow, blue, vermillion, reddish purple, black.
    public static let okabeIto: [Color] = [
        Color(red: 0xE6, green: 0x9F, blue: 0x00),  // orange
        Color(red: 0x56, green: 0xB4, blue: 0xE9),  // sky blue
        Color(red: 0x00, green: 0x9E, blue: 0x73),  // bluish green
        Color(red: 0xF0, green: 0xE4, blue: 0x42),  // yellow
        Color(red: 0x00, green: 0x72, blue: 0xB2),  // blue
        Color(red: 0xD5, green: 0x5E, blue: 0x00),  // vermillion
        Color(red: 0xCC, green: 0x79, blue: 0xA7),  // reddish purple
        Color(red: 0x00, green: 0x00, blue: 0x00),  // black
    ]

    /// The shade rounds after the base colours: (mix with white?, amount).
    static let shades: [(towardsWhite: Bool, amount: Double)] = [
        (true, 0.45), (false, 0.35), (true, 0.70), (false, 0.60),
    ]

    /// The base colours of this palette (``okabeIto`` for ``standard``).
    public var base: [Color]

    /// A palette over other base colours; ``standard`` is Okabe–Ito. An empty `base`
    /// falls back to Okabe–Ito.
    public init(base: [Color]) {
        self.base = base.isEmpty ? Palette.okabeIto : base
    }

    /// The Okabe–Ito palette.
    public static let standard = Palette(base: okabeIto)

    /// The colour for category number `index` (0-based). Defined for every index ≥ 0:
    /// after the base colours come their shades, and after the last shade round the
    /// sequence starts again from the base colours.
    public func color(at index: Int) -> Color {
        let i = max(index, 0)
        let round = (i / base.count) % (Palette.shades.count + 1)
        let colour = base[i % base.count]
        if round == 0 { return colour }
        let shade = Palette.shades[round - 1]
        let white = Color(red: 255, green: 255, blue: 255)
        let black = Color(red: 0, green: 0, blue: 0)
        if !shade.towardsWhite && colour == black {
            // Darkening black changes nothing; use a dark grey instead.
            return colour.mixed(with: white, amount: shade.amount / 2)
        }
        return colour.mixed(with: shade.towardsWhite ? white : black, amount: shade.amount)
    }

    /// Colours for `categories`, assigned in order of first appearance: the first distinct
    /// name gets ``color(at:)`` 0, the next new name 1, and so on. Repeated names keep the
    /// colour of their first appearance. The result lists each distinct name once, in order.
    public func assign<S: Sequence>(_ categories: S) -> [(category: String, color: Color)] where S.Element == String {
        var seen: Set<String> = []
        var out: [(category: String, color: Color)] = []
        for name in categories where seen.insert(name).inserted {
            out.append((name, color(at: out.count)))
        }
        return out
    }

    /// ``assign(_:)`` as a dictionary, for lookups while drawing.
    public func colors<S: Sequence>(for categories: S) -> [String: Color] where S.Element == String {
        var out: [String: Color] = [:]
        for (name, colour) in assign(categories) { out[name] = colour }
        return out
    }
}
