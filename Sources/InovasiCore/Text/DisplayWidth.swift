/// Terminal column width per grapheme cluster, so CJK, emoji and combining marks keep alignment.
///
/// Widths follow what current terminals draw, not the per-code-point sum of `wcwidth`:
/// a whole grapheme (a ZWJ family, a flag, a skin-toned hand, a letter with its accents)
/// is measured once. Control characters measure 0: they never reach a terminal raw,
/// because ``Sanitizer`` replaces them with one-column placeholders first.
public enum DisplayWidth {
    /// Columns a grapheme takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if isControl(first) { return 0 }
        if let emoji = emojiWidth(first: first, scalars: scalars) { return emoji }
        if isZeroWidth(first) { return 0 }
        return isWide(first.value) ? 2 : 1
    }

    /// Columns a string takes, summed per grapheme.
    public static func of(_ text: String) -> Int {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// C0, DEL and C1 controls: they have no width of their own.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The width of an emoji grapheme, or nil when the grapheme is not drawn as an emoji.
    ///
    /// Emoji presentation (by default, by VS16, by a skin tone, by a ZWJ sequence, or a
    /// regional-indicator flag) takes two columns; VS15 asks for text presentation, one column.
    static func emojiWidth(first: Unicode.Scalar, scalars: Character.UnicodeScalarView) -> Int? {
        if isRegionalIndicator(first) { return 2 }
        guard first.properties.isEmoji else { return nil }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if scalars.contains(where: { $0.value == 0xFE0E }) {
            // Text presentation; CJK symbols such as 〽 stay wide whatever the selector.
            return isWide(first.value) && !isEmojiBlock(first) ? 2 : 1
        }
        if first.properties.isEmojiPresentation { return 2 }
        let hasModifier = scalars.contains { $0.properties.isEmojiModifier }
        if hasModifier, first.properties.isEmojiModifierBase { return 2 }
        let joinsEmoji =
            scalars.contains { $0.value == 0x200D }
            && scalars.dropFirst().contains { $0.properties.isEmojiPresentation }
        return joinsEmoji ? 2 : nil
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Symbols and pictographs whose wideness comes only from emoji presentation.
    static func isEmojiBlock(_ scalar: Unicode.Scalar) -> Bool {
        (0x2300...0x2BFF).contains(scalar.value) || scalar.value >= 0x1F000
    }

    /// Marks and invisible format characters that draw on the cell before them.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return true
        case .format:
            // The soft hyphen is printed as a hyphen by terminals.
            return scalar.value != 0x00AD
        default:
            return (0x1160...0x11FF).contains(scalar.value) || scalar.value == 0x200B
        }
    }

    /// East Asian Wide and Fullwidth code points (Unicode 15), including emoji that are
    /// wide by default; pictographs of text presentation are left to ``emojiWidth``.
    static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        if value >= 0x1F000, value <= 0x1FAFF {
            return Unicode.Scalar(value)?.properties.isEmojiPresentation ?? false
        }
        return wideRanges.contains { $0.contains(value) }
    }

    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
