import InovasiTUI
import Testing

@testable import NcursesTerminal

/// ncurses' key codes are part of its ABI (curses.h, octal); the table must map each.
@Suite("KeyTranslator")
struct KeyTranslatorTests {
    @Test(
        "ncurses key codes become keys",
        arguments: [
            (0o403, Key.up), (0o402, .down), (0o404, .left), (0o405, .right),
            (0o523, .pageUp), (0o522, .pageDown), (0o406, .home), (0o550, .end),
            (0o527, .enter), (0o541, .backTab), (0o407, .backspace), (0o512, .delete),
            (0o411, .function(1)), (0o415, .function(5)), (0o424, .function(12)), (0o446, .function(30)),
        ] as [(Int32, Key)])
    func keyCodes(code: Int32, key: Key) {
        #expect(KeyTranslator.translate(.keyCode(code)) == .key(key))
    }

    @Test("KEY_RESIZE is a resize, and unknown codes (mouse, F0) are ignored")
    func resizeAndUnknown() {
        #expect(KeyTranslator.translate(.keyCode(0o632)) == .resize)
        #expect(KeyTranslator.translate(.keyCode(0o631)) == .ignored)
        #expect(KeyTranslator.translate(.keyCode(0o410)) == .ignored)
    }

    @Test(
        "control characters become keys",
        arguments: [
            (13, Key.enter), (10, .enter), (27, .escape), (9, .tab), (127, .backspace), (8, .backspace),
            (1, .control("a")), (12, .control("l")), (26, .control("z")), (3, .control("c")),
        ] as [(UInt32, Key)])
    func controls(value: UInt32, key: Key) {
        #expect(KeyTranslator.translate(.character(value)) == .key(key))
    }

    @Test("NUL, the other C0 controls and C1 controls are ignored", arguments: [0, 28, 31, 0x80, 0x9B] as [UInt32])
    func ignoredControls(value: UInt32) {
        #expect(KeyTranslator.translate(.character(value)) == .ignored)
    }

    @Test("printable characters, ASCII or not, are characters", arguments: ["q", " ", "é", "日", "😀"] as [Character])
    func characters(character: Character) throws {
        let value = try #require(character.unicodeScalars.first).value
        #expect(KeyTranslator.translate(.character(value)) == .key(.character(character)))
    }

    @Test("an invalid scalar value (a lone surrogate) is ignored")
    func invalidScalar() {
        #expect(KeyTranslator.translate(.character(0xD800)) == .ignored)
    }
}
