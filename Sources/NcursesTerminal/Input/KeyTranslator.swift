import CNcurses
import InovasiTUI

/// One result of `wget_wch`: a character or one of ncurses' key codes.
enum RawInput: Hashable, Sendable {
    /// `wget_wch` returned `OK`: a Unicode scalar value, controls included.
    case character(UInt32)
    /// `wget_wch` returned `KEY_CODE_YES`: a `KEY_*` code.
    case keyCode(Int32)
}

/// What a raw input means to the UI.
enum KeyTranslation: Hashable, Sendable {
    case key(Key)
    /// `KEY_RESIZE`: ncurses has already resized its screen.
    case resize
    /// Something the UI has no use for (a mouse report, an unbound control character).
    case ignored
}

/// Maps ncurses input to ``Key`` values, so nothing above the backend knows ncurses' codes.
enum KeyTranslator {
    private static let firstFunctionKey = inovasi_key_f(0)

    private static let keyCodes: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_HOME: .home, KEY_END: .end,
        KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_BACKSPACE: .backspace, KEY_DC: .delete,
    ]

    /// The meaning of one input.
    static func translate(_ input: RawInput) -> KeyTranslation {
        switch input {
        case .keyCode(let code): translate(keyCode: code)
        case .character(let value): translate(character: value)
        }
    }

    private static func translate(keyCode code: Int32) -> KeyTranslation {
        if code == KEY_RESIZE { return .resize }
        if let key = keyCodes[code] { return .key(key) }
        let functionNumber = code - firstFunctionKey
        if (1...63).contains(functionNumber) { return .key(.function(Int(functionNumber))) }
        return .ignored
    }

    private static func translate(character value: UInt32) -> KeyTranslation {
        switch value {
        case 13, 10: return .key(.enter)
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 127, 8: return .key(.backspace)
        case 1...26:
            guard let letter = Unicode.Scalar(value + 96) else { return .ignored }
            return .key(.control(Character(letter)))
        case 0..<32, 0x80..<0xA0: return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }
}
