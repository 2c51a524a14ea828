import InovasiCore
import Testing

@Suite("Sanitizer")
struct TextSanitizerTests {
    @Test("Escape sequences lose their ESC and cannot clear the screen")
    func escapeSequences() {
        let cleaned = Sanitizer.clean("Judul\u{1B}[2J\u{1B}]0;pwned\u{07}")
        #expect(cleaned == "Judul␛[2J␛]0;pwned␇")
        #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test("C0 controls become their pictures, DEL and C1 become visible placeholders")
    func controls() {
        #expect(Sanitizer.clean("a\u{0}b") == "a␀b")
        #expect(Sanitizer.clean("a\u{7F}b") == "a␡b")
        #expect(Sanitizer.clean("a\u{9B}31mb") == "a\u{FFFD}31mb")
        #expect(Sanitizer.clean("bell\u{07}") == "bell␇")
    }

    @Test("Bidi overrides and isolates cannot reorder the screen")
    func bidi() {
        let cleaned = Sanitizer.clean("abc\u{202E}fed\u{2066}x\u{2069}\u{200F}")
        #expect(cleaned == "abc\u{FFFD}fed\u{FFFD}x\u{FFFD}\u{FFFD}")
    }

    @Test("One-line text: a tab becomes a space, every line break a visible placeholder")
    func oneLine() {
        #expect(Sanitizer.clean("a\tb") == "a b")
        #expect(Sanitizer.clean("a\nb\r\nc\rd") == "a␤b␤c␤d")
        #expect(Sanitizer.clean("a\u{2028}b\u{85}c") == "a␤b␤c")
        #expect(Sanitizer.clean("a\u{0C}b") == "a␌b")
    }

    @Test("Multi-line text splits at line breaks and cleans each line")
    func lines() {
        #expect(
            Sanitizer.cleanLines("Latar\r\nbelakang\n\n\u{1B}[31mmerah") == ["Latar", "belakang", "", "␛[31mmerah"])
        #expect(Sanitizer.cleanLines("") == [""])
    }

    @Test("Safe text passes unchanged: Indonesian, CJK, emoji, combining marks")
    func safeText() {
        let text = "Sistem Informasi Pelayanan Terpadu — 漢字 👩‍👩‍👧 🇮🇩 👍🏽 e\u{301}"
        #expect(Sanitizer.clean(text) == text)
    }

    @Test("Stacked combining marks are capped so they cannot smear neighbouring lines")
    func stackedMarks() throws {
        let zalgo = "a" + String(repeating: "\u{301}", count: 12)
        let cleaned = Sanitizer.clean(zalgo)
        #expect(cleaned.count == 1)
        #expect(cleaned.unicodeScalars.count == 5)
    }

    @Test("Invalid UTF-8 never yields a lone surrogate: Swift decodes it to U+FFFD")
    func invalidUTF8() {
        let decoded = String(decoding: [0x61, 0xED, 0xA0, 0x80, 0x62], as: UTF8.self)
        #expect(decoded.unicodeScalars.allSatisfy { !(0xD800...0xDFFF).contains($0.value) })
        #expect(Sanitizer.clean(decoded).hasPrefix("a\u{FFFD}"))
    }

    @Test("Cleaning is idempotent")
    func idempotent() {
        let once = Sanitizer.clean("x\u{1B}[2J\t\u{202E}\n\u{0}")
        #expect(Sanitizer.clean(once) == once)
    }
}
