/// Maps `#rrggbb` colours onto the palettes of terminals with fewer colours.
///
/// Pure functions: a colour is replaced by the nearest palette entry under a "redmean" weighted
/// distance, which follows the eye better than plain RGB distance at no cost.
public enum ColorFitting {
    /// The six channel levels of the xterm 6×6×6 colour cube (indexes 16–231).
    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The usual xterm colours of the 16 ANSI indexes, used to judge which is nearest.
    public static let ansiPalette: [RGBColor] = [
        0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
        0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
    ].map(RGBColor.init)

    /// The colour a terminal shows for palette index `index` (xterm defaults).
    public static func rgb(ofIndex index: UInt8) -> RGBColor {
        switch index {
        case 0..<16:
            return ansiPalette[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return RGBColor(red: cubeLevels[cube / 36], green: cubeLevels[cube / 6 % 6], blue: cubeLevels[cube % 6])
        default:
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return RGBColor(red: level, green: level, blue: level)
        }
    }

    /// The nearest of the 240 fixed xterm colours (16–255); the first 16 are left out because
    /// every terminal redefines them.
    public static func nearest256(_ color: RGBColor) -> UInt8 {
        nearest(color, among: 16...255)
    }

    /// The nearest of the 16 ANSI colours.
    public static func nearest16(_ color: RGBColor) -> UInt8 {
        nearest(color, among: 0...15)
    }

    /// The nearest of the 8 basic ANSI colours (the Linux console).
    public static func nearest8(_ color: RGBColor) -> UInt8 {
        nearest(color, among: 0...7)
    }

    /// `color` as `depth` can show it; nil when the terminal has no colour.
    public static func fit(_ color: RGBColor, to depth: ColorDepth) -> TerminalColor? {
        switch depth {
        case .none: nil
        case .eight: .indexed(nearest8(color))
        case .sixteen: .indexed(nearest16(color))
        case .palette256: .indexed(nearest256(color))
        case .trueColor: color.terminalColor
        }
    }

    /// Black or white for `depth`, whichever reads better on `background`.
    public static func contrasting(_ background: RGBColor, depth: ColorDepth) -> TerminalColor? {
        let isLight = luminance(background) > 140
        switch depth {
        case .none: return nil
        case .eight: return .indexed(isLight ? 0 : 7)
        case .sixteen: return .indexed(isLight ? 0 : 15)
        case .palette256: return .indexed(isLight ? 16 : 231)
        case .trueColor: return isLight ? RGBColor(0).terminalColor : RGBColor(0xFFFFFF).terminalColor
        }
    }

    /// Perceived brightness, 0–255 (Rec. 601 weights).
    static func luminance(_ color: RGBColor) -> Int {
        (299 * Int(color.red) + 587 * Int(color.green) + 114 * Int(color.blue)) / 1000
    }

    static func nearest(_ color: RGBColor, among indexes: ClosedRange<UInt8>) -> UInt8 {
        var best = indexes.lowerBound
        var bestDistance = Int.max
        for index in indexes {
            let candidate = distance(color, rgb(ofIndex: index))
            if candidate < bestDistance {
                best = index
                bestDistance = candidate
            }
        }
        return best
    }

    /// Squared "redmean" distance between two colours.
    static func distance(_ lhs: RGBColor, _ rhs: RGBColor) -> Int {
        let meanRed = (Int(lhs.red) + Int(rhs.red)) / 2
        let red = Int(lhs.red) - Int(rhs.red)
        let green = Int(lhs.green) - Int(rhs.green)
        let blue = Int(lhs.blue) - Int(rhs.blue)
        return ((512 + meanRed) * red * red >> 8) + 4 * green * green + ((767 - meanRed) * blue * blue >> 8)
    }
}
