import InovasiTUI
import Testing

@testable import NcursesTerminal

@Suite("Frame diff and reset sequence")
struct FrameDiffTests {
    @Test("the first frame and a new size send every cell")
    func everything() {
        let small = Canvas(size: Size(width: 4, height: 2))
        #expect(FrameDiff.between(nil, small) == .all)
        #expect(FrameDiff.between(Canvas(size: Size(width: 5, height: 2)), small) == .all)
    }

    @Test("an unchanged frame sends nothing; a changed one only its cells")
    func onlyChanges() {
        let before = Canvas(size: Size(width: 4, height: 2))
        #expect(FrameDiff.between(before, before) == .cells([]))
        var after = before
        after.put("ab", x: 1, y: 1, style: .plain)
        after.put("x", x: 0, y: 0, style: Style(attributes: .bold))
        #expect(FrameDiff.between(before, after) == .cells([0, 5, 6]))
        var restyled = after
        restyled.set(Cell(grapheme: "x", style: .plain), x: 0, y: 0)
        #expect(FrameDiff.between(after, restyled) == .cells([0]))
    }

    @Test("a wide grapheme changes its cell and the continuation beside it")
    func wideGrapheme() {
        let before = Canvas(size: Size(width: 4, height: 1))
        var after = before
        after.put("日", x: 1, y: 0, style: .plain)
        #expect(FrameDiff.between(before, after) == .cells([1, 2]))
    }

    @Test("reset bytes follow the capability order and drop padding")
    func resetOrder() {
        let values = ["rmcup": "\u{1B}[?1049l", "sgr0": "\u{1B}[m$<2>", "cnorm": "\u{1B}[?25h"]
        let bytes = ResetSequence.bytes(from: values, clear: "\u{1B}[H\u{1B}[2J")
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}[m\u{1B}[?25h\u{1B}[?1049l")
    }

    @Test("without an alternate screen the reset clears the screen instead")
    func resetWithoutAlternateScreen() {
        let bytes = ResetSequence.bytes(from: ["sgr0": "\u{1B}[0m"], clear: "\u{1B}[H\u{1B}[J$<50/>")
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}[0m\u{1B}[H\u{1B}[J")
    }

    @Test("padding markers are removed wherever they are; an unclosed one stays")
    func padding() {
        #expect(ResetSequence.withoutPadding("a$<5>b$<2*/>c") == "abc")
        #expect(ResetSequence.withoutPadding("a$<5") == "a$<5")
        #expect(ResetSequence.withoutPadding("$") == "$")
    }
}
