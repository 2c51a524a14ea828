import InovasiCore
import InovasiTUI

/// Renders the demo's one screen; every line exercises something the backend must get right.
enum DemoScreen {
    /// Text from "the data" that tries to clear the screen and set the window title.
    static let hostile = "\u{1B}[2J\u{1B}]0;pwned\u{7}X"
    /// How many distinct colour pairs the palette band uses: more than the 255 `COLOR_PAIR` holds.
    static let paletteCells = 300

    static func render(_ state: DemoState, language: Language) -> Canvas {
        var canvas = Canvas(size: state.size)
        let bold = Style(attributes: .bold)
        canvas.put(Localized.demoTitle.text(language), x: 0, y: 0, style: bold)
        let size = "\(Localized.demoSize.text(language)): \(state.size.width)x\(state.size.height)"
        canvas.put(size, x: 0, y: 1, style: .plain)
        canvas.put("pid: \(state.processID)", x: 0, y: 2, style: .plain)
        let key = state.lastKey.map(KeyName.of) ?? Localized.demoNoKey.text(language)
        let keyWidth = canvas.put("\(Localized.demoKey.text(language)): \(key)", x: 0, y: 3, style: .plain)
        canvas.put("\(Localized.demoData.text(language)): \(hostile)", x: 0, y: 4, style: .plain)
        canvas.put("\(Localized.demoWide.text(language)): 日本語 中文 한국어 😀 👍", x: 0, y: 5, style: .plain)
        canvas.put("\(Localized.demoMarks.text(language)): e\u{301} n\u{303} a\u{308}", x: 0, y: 6, style: .plain)
        drawStyles(into: &canvas, y: 7, language: language)
        let counts =
            "\(Localized.demoResizes.text(language)): \(state.resizeCount)  "
            + "\(Localized.demoDepth.text(language)): \(state.colorDepth.rawValue)"
        canvas.put(counts, x: 0, y: 8, style: .plain)
        canvas.put(state.note, x: 0, y: 9, style: .plain)
        if state.colorDepth >= .palette256 { drawPalette(into: &canvas, top: 10) }
        canvas.put(Localized.demoQuit.text(language), x: 0, y: state.size.height - 1, style: .plain)
        canvas.cursor = state.showsCursor ? Position(x: keyWidth, y: 3) : nil
        return canvas
    }

    private static func drawStyles(into canvas: inout Canvas, y: Int, language: Language) {
        var x = canvas.put("\(Localized.demoStyles.text(language)): ", x: 0, y: y, style: .plain)
        let samples: [(Localized, Style)] = [
            (.demoBold, Style(attributes: .bold)),
            (.demoUnderline, Style(attributes: .underline)),
            (.demoReverse, Style(attributes: .reverse)),
            (.demoColor, Style(foreground: .indexed(1))),
        ]
        for (label, style) in samples {
            x += canvas.put(label.text(language), x: x, y: y, style: style)
            x += canvas.put(" ", x: x, y: y, style: .plain)
        }
    }

    /// Cell `k` gets foreground `k % 256` on background `k / 256`: every cell a new pair.
    private static func drawPalette(into canvas: inout Canvas, top: Int) {
        let width = max(1, min(75, canvas.size.width))
        for cell in 0..<paletteCells {
            let style = Style(foreground: .indexed(UInt8(cell % 256)), background: .indexed(UInt8(cell / 256)))
            canvas.put("#", x: cell % width, y: top + cell / width, style: style)
        }
    }
}
