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

    /// The nearest of the 16 ANSI colours, keeping the hue (see ``nearestANSI(_:bright:)``).
    public static func nearest16(_ color: RGBColor) -> UInt8 {
        nearestANSI(color, bright: true)
    }

    /// The nearest of the 8 basic ANSI colours (the Linux console), keeping the hue.
    public static func nearest8(_ color: RGBColor) -> UInt8 {
        nearestANSI(color, bright: false)
    }

    /// An ANSI index that keeps what the colour means: a colour with a visible hue becomes the ANSI
    /// colour of that hue (orange counts as yellow, which the Linux console shows as brown), so a
    /// pastel green stays green rather than turning grey; a greyish colour becomes the nearest
    /// grey by brightness. With `bright`, light colours use the bright half (8–15).
    static func nearestANSI(_ color: RGBColor, bright: Bool) -> UInt8 {
        let high = max(color.red, color.green, color.blue)
        let low = min(color.red, color.green, color.blue)
        guard high - low >= 48, high >= 80, let hue = ansiHue(color) else {
            return nearestGrey(luminance(color), bright: bright)
        }
        return bright && (high >= 0xF0 || low >= 0x40) ? hue + 8 : hue
    }

    /// The ANSI colour index (1–6) of a colour's hue sector; nil for a grey.
    static func ansiHue(_ color: RGBColor) -> UInt8? {
        let red = Int(color.red)
        let green = Int(color.green)
        let blue = Int(color.blue)
        let high = max(red, green, blue)
        let chroma = high - min(red, green, blue)
        guard chroma > 0 else { return nil }
        var hue: Int
        if high == red {
            hue = 60 * (green - blue) / chroma
        } else if high == green {
            hue = 120 + 60 * (blue - red) / chroma
        } else {
            hue = 240 + 60 * (red - green) / chroma
        }
        hue = (hue + 360) % 360
        switch hue {
        case 20..<75: return 3
        case 75..<170: return 2
        case 170..<200: return 6
        case 200..<270: return 4
        case 270..<330: return 5
        default: return 1
        }
    }

    /// Black, grey or white by brightness: 0 and 7 (8 colours), or 0, 8, 7 and 15 (16 colours).
    static func nearestGrey(_ luminance: Int, bright: Bool) -> UInt8 {
        let greys: [(index: UInt8, level: Int)] =
            bright ? [(0, 0), (8, 0x7F), (7, 0xE5), (15, 0xFF)] : [(0, 0), (7, 0xE5)]
        return greys.min { abs($0.level - luminance) < abs($1.level - luminance) }?.index ?? 0
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
        // Shifts bind tighter than products in Swift: keep the parentheses.
        return (((512 + meanRed) * red * red) >> 8) + 4 * green * green + (((767 - meanRed) * blue * blue) >> 8)
    }
}
