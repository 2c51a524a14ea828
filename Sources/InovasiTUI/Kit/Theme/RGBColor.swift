/// A colour as a theme file writes it (`#rrggbb`), before it is fitted to a terminal.
public struct RGBColor: Hashable, Sendable {
    /// Red channel, 0–255.
    public var red: UInt8
    /// Green channel, 0–255.
    public var green: UInt8
    /// Blue channel, 0–255.
    public var blue: UInt8

    /// A colour from its three channels.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from a `0xRRGGBB` literal, for themes written in code.
    public init(_ value: UInt32) {
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// Parses `#rrggbb` or `rrggbb` (base16 files omit the `#`); nil for anything else.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else {
            return nil
        }
        self.init(value)
    }

    /// The colour as `#rrggbb`, as a theme file writes it.
    public var hex: String {
        "#"
            + [red, green, blue].map { byte in
                let digits = String(byte, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }.joined()
    }

    /// The colour for a terminal with 24-bit colour.
    public var terminalColor: TerminalColor { .rgb(red, green, blue) }
}
