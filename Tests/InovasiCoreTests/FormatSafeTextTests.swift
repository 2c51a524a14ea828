import InovasiCore
import Testing

@Suite("CSV, Markdown and JSON text safety")
struct FormatSafeTextTests {
    @Test("CSV printable: controls become the screen's pictures, CR, LF and CRLF stay")
    func csvPrintable() {
        #expect(CSVText.printable("a\u{1B}[2Jb\u{7}\u{0}") == "a␛[2Jb␇␀")
        #expect(CSVText.printable("x\u{1B}]0;owned\u{7}") == "x␛]0;owned␇")
        #expect(CSVText.printable("c1\u{85}\u{9B}31m") == "c1␤\u{FFFD}31m")
        #expect(CSVText.printable("\u{202E}gnp.exe\u{2066}") == "\u{FFFD}gnp.exe\u{FFFD}")
        #expect(CSVText.printable("del\u{7F}") == "del␡")
        #expect(CSVText.printable("one\ntwo\r\nthree\rfour") == "one\ntwo\r\nthree\rfour")
        #expect(CSVText.printable("tab\there") == "tab here")
        #expect(CSVText.printable("Dinas Kesehatan, 城市 🚀") == "Dinas Kesehatan, 城市 🚀")
    }

    @Test("JSON: DEL, C1, bidi controls and U+2028/2029 become \\u escapes; the rest stays")
    func jsonEscapes() {
        let json =
            "{\"a\":\"x\u{7F}\u{80}\u{85}\u{9F}\u{200E}\u{200F}\u{202A}\u{202E}\u{2066}\u{2069}\u{061C}\u{2028}\u{2029}y\"}"
        let expected =
            "{\"a\":\"x\\u007f\\u0080\\u0085\\u009f\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069\\u061c\\u2028\\u2029y\"}"
        #expect(JSONText.escapingControls(json) == expected)
        #expect(JSONText.escapingControls("{\n  \"a\" : \"é 城市 🚀 \\u001b\"\n}") == "{\n  \"a\" : \"é 城市 🚀 \\u001b\"\n}")
    }

    @Test("Markdown: HTML, links, code spans and pipes from the data are escaped")
    func markdownEscapes() {
        #expect(MarkdownText.escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(MarkdownText.escape("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))")
        #expect(MarkdownText.escape("![i](http://x/y.png)") == "!\\[i\\](http://x/y.png)")
        #expect(MarkdownText.escape("<javascript:alert(1)>") == "&lt;javascript:alert(1)&gt;")
        #expect(MarkdownText.escape("a|b \\ `c` &amp;") == "a\\|b \\\\ \\`c\\` &amp;amp;")
        #expect(MarkdownText.escape("esc\u{1B}[2J\nx") == "esc␛\\[2J␤x")
        #expect(MarkdownText.escape("Dinas Kesehatan") == "Dinas Kesehatan")
    }
}
