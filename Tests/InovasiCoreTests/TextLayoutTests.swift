import InovasiCore
import Testing

@Suite("TextLayout")
struct TextLayoutTests {
    @Test("Truncation keeps text that fits and cuts with an ellipsis by display width")
    func truncate() {
        #expect(TextLayout.truncate("Dinas Kesehatan", toWidth: 15) == "Dinas Kesehatan")
        #expect(TextLayout.truncate("Dinas Kesehatan", toWidth: 10) == "Dinas Kes…")
        #expect(TextLayout.truncate("Dinas Kesehatan", toWidth: 7) == "Dinas…")
        #expect(TextLayout.truncate("Dinas", toWidth: 1) == "…")
        #expect(TextLayout.truncate("Dinas", toWidth: 0) == "")
        #expect(TextLayout.truncate("Dinas Kesehatan", toWidth: 6, ellipsis: "...") == "Din...")
    }

    @Test("Truncation never splits a wide grapheme or a grapheme cluster")
    func truncateWide() {
        #expect(TextLayout.truncate("漢字漢字", toWidth: 4) == "漢…")
        #expect(DisplayWidth.of(TextLayout.truncate("漢字漢字", toWidth: 4)) == 3)
        #expect(TextLayout.truncate("👩‍👩‍👧👩‍👩‍👧", toWidth: 3) == "👩‍👩‍👧…")
        #expect(TextLayout.truncate("Cafe\u{301} Merak", toWidth: 5) == "Cafe\u{301}…")
        #expect(TextLayout.truncate("🇮🇩🇮🇩", toWidth: 4) == "🇮🇩🇮🇩")
    }

    @Test("Truncation measures escape sequences as their visible placeholders")
    func truncateEscapes() {
        #expect(TextLayout.truncate("\u{1B}[2Jabc", toWidth: 5) == "␛[2J…")
    }

    @Test("Padding fills to an exact width for every alignment")
    func pad() {
        #expect(TextLayout.pad("OPD", toWidth: 6) == "OPD   ")
        #expect(TextLayout.pad("42", toWidth: 5, alignment: .right) == "   42")
        #expect(TextLayout.pad("ab", toWidth: 7, alignment: .center) == "  ab   ")
        #expect(TextLayout.pad("漢字漢字", toWidth: 4) == "漢… ")
        #expect(TextLayout.pad("Pendampingan", toWidth: 8) == "Pendamp…")
        #expect(DisplayWidth.of(TextLayout.pad("👍🏽 oke", toWidth: 9, alignment: .center)) == 9)
    }

    @Test("Word wrap by display width keeps words whole and paragraphs apart")
    func wrap() {
        let text = "Inovasi pelayanan publik di Kota Cilegon\n\nberbasis digital"
        #expect(
            TextLayout.wrap(text, width: 16) == [
                "Inovasi", "pelayanan publik", "di Kota Cilegon", "", "berbasis digital",
            ])
    }

    @Test("Word wrap hard-breaks a word longer than the line")
    func wrapLongWord() {
        #expect(TextLayout.wrap("a pemberdayaanmasyarakat b", width: 8) == ["a", "pemberda", "yaanmasy", "arakat b"])
    }

    @Test("Word wrap counts CJK and emoji as two columns")
    func wrapWide() {
        #expect(TextLayout.wrap("漢字漢字漢字", width: 5) == ["漢字", "漢字", "漢字"])
        #expect(TextLayout.wrap("ok 👍🏽 👩‍👩‍👧 🇮🇩", width: 5) == ["ok 👍🏽", "👩‍👩‍👧 🇮🇩"])
        #expect(TextLayout.wrap("漢", width: 1) == ["漢"])
    }

    @Test("Word wrap collapses runs of spaces and handles empty input")
    func wrapSpaces() {
        #expect(TextLayout.wrap("a    b\tc", width: 10) == ["a b c"])
        #expect(TextLayout.wrap("", width: 10) == [""])
        #expect(TextLayout.wrap("abc", width: 0) == [])
    }
}
