import XCTest
@testable import CurbsideReport

final class EscapingTests: XCTestCase {

    func testMarkdownEscapesMarkupCharacters() {
        XCTAssertEqual(Escaping.markdownEscape("a|b"), "a\\|b")
        XCTAssertEqual(Escaping.markdownEscape("*bold* _it_ `code` ~s~"), "\\*bold\\* \\_it\\_ \\`code\\` \\~s\\~")
        XCTAssertEqual(Escaping.markdownEscape("back\\slash"), "back\\\\slash")
        XCTAssertEqual(Escaping.markdownEscape("![img](x)"), "\\!\\[img\\](x)")
        XCTAssertEqual(Escaping.markdownEscape("AT&T"), "AT\\&T")
    }

    func testMarkdownDefeatsLinksAndHTML() {
        XCTAssertEqual(Escaping.markdownEscape("](javascript:alert(1))"), "\\](javascript:alert(1))")
        XCTAssertEqual(Escaping.markdownEscape("[click](javascript:alert(1))"), "\\[click\\](javascript:alert(1))")
        XCTAssertEqual(Escaping.markdownEscape("<script>alert(1)</script>"), "\\<script\\>alert(1)\\</script\\>")
        XCTAssertEqual(Escaping.markdownEscape("<https://example.org>"), "\\<https://example.org\\>")
    }

    func testMarkdownLineStartAndLineBreaks() {
        XCTAssertEqual(Escaping.markdownEscape("# heading"), "\\# heading")
        XCTAssertEqual(Escaping.markdownEscape("  # heading"), "  \\# heading")
        XCTAssertEqual(Escaping.markdownEscape("- item"), "\\- item")
        XCTAssertEqual(Escaping.markdownEscape("a # b - c + d"), "a # b - c + d")
        XCTAssertEqual(Escaping.markdownEscape("line1\nline2\r\nline3\rline4"), "line1 line2 line3 line4")
        XCTAssertEqual(Escaping.markdownEscape("x\n# y"), "x # y")
        XCTAssertFalse(Escaping.markdownEscape("a\n|b").contains("\n"))
    }

    func testControlAndBidiCharactersAreRemoved() {
        XCTAssertEqual(Escaping.markdownEscape("a\u{0}b\u{7}c\u{7F}d\u{85}e"), "abcde")
        XCTAssertEqual(Escaping.markdownEscape("tab\there"), "tab here")
        XCTAssertEqual(Escaping.htmlEscape("abc\u{202E}def\u{2066}g"), "abcdefg")
        // Emoji with zero-width joiners survive.
        XCTAssertEqual(Escaping.markdownEscape("👩‍⚕️ RN"), "👩‍⚕️ RN")
    }

    func testHTMLEscape() {
        XCTAssertEqual(Escaping.htmlEscape("<script>alert('x') & \"y\"</script>"),
                       "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
        XCTAssertEqual(Escaping.htmlEscape("&amp;"), "&amp;amp;")
        XCTAssertEqual(Escaping.htmlEscape("plain text é"), "plain text é")
    }

    func testDOTEscape() {
        XCTAssertEqual(Escaping.dotEscape("say \"hi\""), "say \\\"hi\\\"")
        XCTAssertEqual(Escaping.dotEscape("C:\\path"), "C:\\\\path")
        XCTAssertEqual(Escaping.dotEscape("two\nlines"), "two\\nlines")
        XCTAssertEqual(Escaping.dotEscape("crlf\r\nend"), "crlf\\nend")
        XCTAssertEqual(Escaping.dotEscape("\\N is not a name"), "\\\\N is not a name")
        XCTAssertEqual(Escaping.dotEscape("&lt;b&gt;"), "&amp;lt;b&amp;gt;")
        XCTAssertEqual(Escaping.dotEscape("bell\u{7}"), "bell")
        XCTAssertEqual(Escaping.dotEscape("ends with \\"), "ends with \\\\")
        XCTAssertEqual(Escaping.dotQuoted("a\"b"), "\"a\\\"b\"")
    }

    func testDOTIdentifierEscapeIsInjective() {
        XCTAssertEqual(Escaping.dotIdentifierEscape("a\"b\\c"), "a\\\"b\\\\c")
        XCTAssertEqual(Escaping.dotIdentifierEscape("a\nb"), "a\\u{A}b")
        XCTAssertEqual(Escaping.dotIdentifierEscape("a\\u{A}b"), "a\\\\u{A}b")
        let ids = ["a\nb", "a\\nb", "a\rb", "ab", "a\u{1}b", "a\tb", "a b", "a\u{202E}b"]
        XCTAssertEqual(Set(ids.map(Escaping.dotIdentifierEscape)).count, ids.count)
    }
}
