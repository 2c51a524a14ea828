import InovasiTUI

/// Turns a ``TerminalColor`` into the palette index ncurses takes, fitted to the terminal's depth.
///
/// Themes already degrade their colours, but a backend must never ask ncurses for a colour the
/// terminal lacks (`init_pair` fails and the cell loses its colour), so every value is fitted here.
enum ColorMapping {
    /// The ncurses colour number for `color` at `depth`; -1 means the terminal's default colour.
    static func index(for color: TerminalColor, depth: ColorDepth) -> Int32 {
        guard depth != .none else { return -1 }
        switch color {
        case .default: return -1
        case .indexed(let value): return Int32(fit(Int(value), depth: depth))
        case .rgb(let red, let green, let blue):
            return Int32(fit(nearestPaletteIndex(red: red, green: green, blue: blue), depth: depth))
        }
    }

    /// The foreground and background numbers for a colour pair; with no default colours
    /// (`use_default_colors` failed), the terminal's usual white on black stands in.
    static func pairColors(
        _ style: Style, depth: ColorDepth, defaultColorsAvailable: Bool
    ) -> (foreground: Int32, background: Int32) {
        var foreground = index(for: style.foreground, depth: depth)
        var background = index(for: style.background, depth: depth)
        if !defaultColorsAvailable, depth != .none {
            if foreground < 0 { foreground = 7 }
            if background < 0 { background = 0 }
        }
        return (foreground, background)
    }

    /// The nearest entry of the xterm 256-colour palette among the colour cube and the greys.
    ///
    /// The first 16 entries are left out: terminals let users redefine them.
    static func nearestPaletteIndex(red: UInt8, green: UInt8, blue: UInt8) -> Int {
        let target = RGB(red: Int(red), green: Int(green), blue: Int(blue))
        let cubeIndex =
            16 + 36 * nearestCubeLevel(target.red) + 6 * nearestCubeLevel(target.green)
            + nearestCubeLevel(target.blue)
        let average = (target.red + target.green + target.blue) / 3
        let greyIndex = 232 + min(23, max(0, (average - 3) / 10))
        let cubeDistance = target.distance(to: rgb(ofPaletteIndex: cubeIndex))
        let greyDistance = target.distance(to: rgb(ofPaletteIndex: greyIndex))
        return greyDistance < cubeDistance ? greyIndex : cubeIndex
    }

    /// `index` when the depth has it; otherwise the nearest colour the depth has.
    static func fit(_ index: Int, depth: ColorDepth) -> Int {
        switch depth {
        case .none: return -1
        case .palette256, .trueColor: return index
        case .sixteen: return index < 16 ? index : nearestBasic(to: index, count: 16)
        case .eight:
            if index < 8 { return index }
            if index < 16 { return index - 8 }
            return nearestBasic(to: index, count: 8)
        }
    }

    private static func nearestBasic(to index: Int, count: Int) -> Int {
        let target = rgb(ofPaletteIndex: index)
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<count {
            let distance = target.distance(to: rgb(ofPaletteIndex: candidate))
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    private static func nearestCubeLevel(_ component: Int) -> Int {
        var best = 0
        for (level, value) in cubeLevels.enumerated() {
            if abs(value - component) < abs(cubeLevels[best] - component) { best = level }
        }
        return best
    }

    /// The usual xterm colours of the first 16 palette entries.
    private static let basicColors: [RGB] = [
        RGB(red: 0, green: 0, blue: 0), RGB(red: 205, green: 0, blue: 0),
        RGB(red: 0, green: 205, blue: 0), RGB(red: 205, green: 205, blue: 0),
        RGB(red: 0, green: 0, blue: 238), RGB(red: 205, green: 0, blue: 205),
        RGB(red: 0, green: 205, blue: 205), RGB(red: 229, green: 229, blue: 229),
        RGB(red: 127, green: 127, blue: 127), RGB(red: 255, green: 0, blue: 0),
        RGB(red: 0, green: 255, blue: 0), RGB(red: 255, green: 255, blue: 0),
        RGB(red: 92, green: 92, blue: 255), RGB(red: 255, green: 0, blue: 255),
        RGB(red: 0, green: 255, blue: 255), RGB(red: 255, green: 255, blue: 255),
    ]

    /// The colour xterm shows for palette entry `index` (0–255).
    static func rgb(ofPaletteIndex index: Int) -> RGB {
        if index < 16 { return basicColors[max(0, index)] }
        if index >= 232 {
            let level = 8 + 10 * (index - 232)
            return RGB(red: level, green: level, blue: level)
        }
        let cube = index - 16
        return RGB(red: cubeLevels[cube / 36], green: cubeLevels[(cube / 6) % 6], blue: cubeLevels[cube % 6])
    }

    /// A colour as three 0–255 components, for distances.
    struct RGB: Hashable {
        let red: Int
        let green: Int
        let blue: Int

        func distance(to other: RGB) -> Int {
            let dr = red - other.red
            let dg = green - other.green
            let db = blue - other.blue
            return dr * dr + dg * dg + db * db
        }
    }
}
