import InovasiCore
import Testing

@Suite("DisplayWidth")
struct TextDisplayWidthTests {
    @Test("Indonesian Latin text is one column per letter")
    func indonesianLatin() {
        #expect(DisplayWidth.of("Badan Perencanaan Pembangunan Daerah") == 36)
        #expect(DisplayWidth.of("Kecamatan Pulomerak") == 19)
        #expect(DisplayWidth.of("Rp1.250.000") == 11)
    }

    @Test("CJK ideographs, kana, hangul and fullwidth forms take two columns")
    func cjk() {
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("ひらがな") == 8)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("\u{3000}") == 2)
    }

    @Test(
        "Emoji graphemes take two columns",
        arguments: ["👩‍👩‍👧", "🇮🇩", "👍🏽", "❤️", "🏳️‍🌈", "1️⃣", "😀", "⌚", "🧑‍💻", "☝🏽", "❤‍🔥"])
    func emoji(_ grapheme: String) throws {
        let character = try #require(grapheme.first)
        #expect(grapheme.count == 1)
        #expect(DisplayWidth.of(character) == 2)
    }

    @Test("Text-presentation symbols stay one column unless VS16 asks for emoji")
    func textPresentation() {
        #expect(DisplayWidth.of("❤") == 1)
        #expect(DisplayWidth.of("☺︎") == 1)
        #expect(DisplayWidth.of("🌡") == 1)
        #expect(DisplayWidth.of("🌡️") == 2)
        #expect(DisplayWidth.of("1") == 1)
        #expect(DisplayWidth.of("#") == 1)
    }

    @Test("Combining marks join their base and add no width")
    func combining() {
        let decomposed = "e\u{301}"
        #expect(decomposed.count == 1)
        #expect(DisplayWidth.of(decomposed) == 1)
        #expect(DisplayWidth.of("Cafe\u{301} Merak") == 10)
        #expect(DisplayWidth.of("\u{301}") == 0)
    }

    @Test("Zero-width joiners and format characters on their own take no columns")
    func formatCharacters() {
        #expect(DisplayWidth.of("\u{200D}") == 0)
        #expect(DisplayWidth.of("\u{200B}") == 0)
        #expect(DisplayWidth.of("\u{FEFF}") == 0)
        #expect(DisplayWidth.of("\u{00AD}") == 1)
    }

    @Test("Control characters measure zero: they are replaced before drawing")
    func controls() {
        #expect(DisplayWidth.of("\u{1B}") == 0)
        #expect(DisplayWidth.of("\u{7F}") == 0)
        #expect(DisplayWidth.of("\u{85}") == 0)
        #expect(DisplayWidth.of(Sanitizer.clean("\u{1B}[2J")) == 4)
    }

    @Test("A mixed line sums grapheme widths")
    func mixed() {
        #expect(DisplayWidth.of("Inovasi 漢字 🇮🇩 👩‍👩‍👧 e\u{301}") == 8 + 4 + 1 + 2 + 1 + 2 + 1 + 1)
    }
}
