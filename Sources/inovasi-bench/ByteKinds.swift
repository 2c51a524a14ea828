/// What a stretch of terminal output is made of, in bytes: the breakdown that shows where a
/// frame's bytes go (issue 14; DECISIONS.md, "Bytes per key").
struct ByteKinds: Encodable, Equatable {
    /// Colour and attribute sequences (`ESC [ … m`), with the `ESC ( B` charset resets ncurses
    /// sends with them.
    var sgr = 0
    /// Cursor addressing: `ESC [ … H`, `G`, `d`, `A`–`D`, and carriage return, line feed, backspace.
    var addressing = 0
    /// Erasing: `ESC [ … K`, `J`, `X`.
    var erasing = 0
    /// Any other escape sequence (modes, scroll region, the alternate screen).
    var otherEscapes = 0
    /// Spaces written as spaces.
    var spaces = 0
    /// Printable ASCII other than the space.
    var text = 0
    /// Bytes of characters beyond ASCII (box drawing, bars, accents).
    var glyphs = 0

    /// Every byte, counted once.
    var total: Int { sgr + addressing + erasing + otherEscapes + spaces + text + glyphs }

    /// The breakdown of `bytes`.
    init(_ bytes: [UInt8]) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                index = escape(in: bytes, from: index)
                continue
            }
            switch byte {
            case 0x20: spaces += 1
            case 0x21..<0x7F: text += 1
            case 0x80...: glyphs += 1
            default: addressing += 1
            }
            index += 1
        }
    }

    /// Counts the escape sequence at `start`; returns the index after it.
    private mutating func escape(in bytes: [UInt8], from start: Int) -> Int {
        guard start + 1 < bytes.count else {
            otherEscapes += 1
            return start + 1
        }
        let introducer = bytes[start + 1]
        if introducer == UInt8(ascii: "(") {
            let end = min(bytes.count, start + 3)
            sgr += end - start
            return end
        }
        guard introducer == UInt8(ascii: "[") else {
            let end = min(bytes.count, start + 2)
            otherEscapes += end - start
            return end
        }
        var end = start + 2
        while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
        let final = end < bytes.count ? bytes[end] : 0
        end = min(bytes.count, end + 1)
        switch final {
        case UInt8(ascii: "m"): sgr += end - start
        case UInt8(ascii: "H"), UInt8(ascii: "G"), UInt8(ascii: "d"), UInt8(ascii: "A"), UInt8(ascii: "B"),
            UInt8(ascii: "C"), UInt8(ascii: "D"):
            addressing += end - start
        case UInt8(ascii: "K"), UInt8(ascii: "J"), UInt8(ascii: "X"): erasing += end - start
        default: otherEscapes += end - start
        }
        return end
    }
}
