/// Escaping for the three output languages Curbside writes: Markdown, HTML and DOT.
///
/// Everything a report prints about an account (handle, display name, bio, hashtags) comes
/// from strangers on the internet. A display name can be `](javascript:alert(1))`, a bio can
/// hold `<script>`, and a handle from a generic CSV can hold `"];` followed by a line break.
/// The rule in this module is simple: **every piece of account text passes through one of
/// these functions on its way out**, and each function turns its input into inert text in
/// its target language, so what the reader sees is exactly what the account wrote.
///
/// All three functions share one clean-up step:
///
/// * line breaks (`\n`, `\r\n`, `\r`, U+2028, U+2029) are normalised; Markdown turns them
///   into a space, DOT into its own `\n` line-break escape;
/// * a tab becomes a space;
/// * other control characters (C0, DEL, C1) are removed;
/// * bidirectional override and isolate characters (U+202A–U+202E, U+2066–U+2069) are
///   removed, so text cannot visually reorder the surrounding report ("Trojan source").
///
/// Ordinary Unicode, including emoji with zero-width joiners, is kept as it is.
public enum Escaping {

    // MARK: Markdown

    /// Escapes `text` for GitHub-flavoured Markdown inline text and table cells.
    ///
    /// GFM lets a backslash turn any ASCII punctuation character into a literal, so this
    /// function backslash-escapes every character that could start markup:
    ///
    /// | character | would otherwise |
    /// |---|---|
    /// | `\` | escape the next character |
    /// | `` ` `` | open a code span |
    /// | `*` `_` `~` | emphasis / strikethrough |
    /// | `[` `]` `!` | links and images (`[x](javascript:…)`, `![x](…)`) |
    /// | `<` `>` | raw HTML (`<script>`), autolinks, block quotes |
    /// | `|` | end a table cell |
    /// | `&` | start an entity (`&lt;` would display as `<`) |
    /// | `#` `-` `+` at the start | make a heading or a list item |
    ///
    /// Line breaks become single spaces so a value can never end a table row or start a
    /// new block. Example: `](javascript:alert(1))` becomes `\](javascript:alert(1))`, which
    /// GitHub shows as the literal text and never as a link.
    public static func markdownEscape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var atStart = true
        for scalar in cleaned(text, lineBreak: " ") {
            if atStart && scalar == " " {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\\", "`", "*", "_", "~", "[", "]", "!", "<", ">", "|", "&":
                out.unicodeScalars.append("\\")
            case "#" where atStart, "-" where atStart, "+" where atStart:
                out.unicodeScalars.append("\\")
            default:
                break
            }
            out.unicodeScalars.append(scalar)
            atStart = false
        }
        return out
    }

    // MARK: HTML

    /// Escapes `text` for HTML element content and for double- or single-quoted attribute
    /// values: `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`, `"` → `&quot;`, `'` → `&#39;`.
    ///
    /// Control characters are cleaned as described on ``Escaping``; line breaks are kept as
    /// `\n` (HTML treats them as white space). The result is safe in text and quoted
    /// attributes, never in an unquoted attribute, a `<script>` or `<style>` body, or a URL
    /// whose scheme you have not checked.
    public static func htmlEscape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in cleaned(text, lineBreak: "\n") {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: Terminal and JSON

    /// `text` for a terminal: control and bidi characters removed and line breaks made spaces
    /// as described on ``Escaping``, so a handle holding `ESC[2J` or `\r` cannot clear the
    /// screen, recolour it or overwrite the line it is printed on.
    public static func terminalText(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) || isBidiControl($0) || isLineBreak($0) }) else { return text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: cleaned(text, lineBreak: " "))
        return String(out)
    }

    /// `text` as a JSON string literal (RFC 8259), quotes included, written as Foundation's
    /// JSONSerialization writes it: `"`, `\\`, `/` and control characters escaped; every other
    /// character kept (JSON is UTF-8).
    public static func jsonQuoted(_ text: String) -> String {
        var out = "\""
        for u in text.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/": out += "\\/"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    // MARK: DOT

    /// Escapes `text` for use *inside* a double-quoted DOT string that Graphviz will show:
    /// a label, a cluster title, a tooltip. Add the surrounding quotes yourself, or use
    /// ``dotQuoted(_:)``.
    ///
    /// In a quoted DOT string only `\"` is an escape for the parser, but Graphviz then reads
    /// label escapes of its own: `\n`, `\l`, `\r` break lines, `\N`, `\G`, `\E`, `\T`, `\H`,
    /// `\L` substitute names, and HTML entities such as `&lt;` are decoded. So:
    ///
    /// * `\` → `\\` (Graphviz shows one backslash; `\N` in a name stays literal);
    /// * `"` → `\"` (the string cannot be closed early, so `"];` cannot inject statements);
    /// * line breaks → `\n` (a centred line break);
    /// * `&` → `&amp;` (so `&lt;script&gt;` is shown as typed, not decoded);
    /// * control and bidi characters are removed as described on ``Escaping``.
    ///
    /// `<` and `>` need nothing: a quoted string is never an HTML-like label (those are
    /// written `<…>` without quotes, and ``DOTWriter`` never writes one).
    public static func dotEscape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in cleaned(text, lineBreak: "\n") {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "&": out += "&amp;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` escaped with ``dotEscape(_:)`` and wrapped in double quotes.
    public static func dotQuoted(_ text: String) -> String {
        "\"" + dotEscape(text) + "\""
    }

    /// Escapes `text` for use inside a double-quoted DOT string that *identifies* a node,
    /// graph or cluster, as opposed to one Graphviz displays.
    ///
    /// Identifiers must stay distinct: two accounts whose ids differ only by a control
    /// character must not merge into one node. So instead of dropping characters this
    /// escape is injective: `\` → `\\`, `"` → `\"`, and every control or bidi character
    /// (including tab and line breaks) → `\u{XXXX}` with a *single* backslash. Because every
    /// literal backslash is doubled, a single-backslash sequence can only come from this
    /// rule. Graphviz keeps unknown escapes in names verbatim, so the name it stores is the
    /// escaped text; ``DOTWriter`` always gives nodes an explicit label, so the identifier
    /// is never what a reader sees.
    public static func dotIdentifierEscape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default:
                if isControl(scalar) || isBidiControl(scalar) || isLineBreak(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    // MARK: Shared clean-up

    /// The scalars of `text` with line breaks normalised to `lineBreak`, tabs turned into
    /// spaces, and control and bidi characters removed.
    static func cleaned(_ text: String, lineBreak: Unicode.Scalar) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { continue }  // CRLF counts once
            if isLineBreak(scalar) {
                out.append(lineBreak)
            } else if scalar == "\t" {
                out.append(" ")
            } else if isControl(scalar) || isBidiControl(scalar) {
                continue
            } else {
                out.append(scalar)
            }
        }
        return out
    }

    static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\r" || s.value == 0x2028 || s.value == 0x2029
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value)
    }

    static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
    }
}
