import InovasiTUI
import Testing

@testable import NcursesTerminal

@Suite("Spaces keep the pen of the text beside them")
struct QuietSpacesTests {
    static let base = Style(foreground: .indexed(252), background: .indexed(234))
    static let number = Style(foreground: .indexed(179), background: .indexed(234))
    static let warning = Style(foreground: .indexed(203), background: .indexed(234), attributes: .bold)

    /// A one-row canvas with `parts` written left to right.
    func row(_ parts: [(String, Style)], width: Int = 12) -> Canvas {
        var canvas = Canvas(size: Size(width: width, height: 1), fill: Self.base)
        var x = 0
        for (text, style) in parts { x += canvas.put(text, x: x, y: 0, style: style) }
        return canvas
    }

    @Test("a space between two columns takes the colour of the column before it")
    func separatorTakesThePen() {
        let canvas = QuietSpaces.applied(to: row([("12", Self.number), (" ", Self.base), ("!7", Self.warning)]))
        #expect(canvas[2, 0].style == Self.number)
        #expect(canvas[3, 0].style == Self.warning)
        #expect(canvas[5, 0].style == Self.warning, "trailing fill after bold text: bold shows nothing on a space")
        #expect(canvas.text() == QuietSpaces.applied(to: canvas).text())
    }

    @Test("a space on another background, underlined or reversed keeps its own style")
    func visibleDifferencesStay() {
        let other = Style(foreground: .indexed(252), background: .indexed(25))
        let underlined = Self.base.adding(.underline)
        let canvas = QuietSpaces.applied(
            to: row([("a", Self.number), (" ", other), ("b", Self.number), (" ", underlined), ("c", Self.number)]))
        #expect(canvas[1, 0].style == other)
        #expect(canvas[3, 0].style == underlined)
        let afterReverse = QuietSpaces.applied(to: row([("a", Self.number.adding(.reverse)), (" ", Self.base)]))
        #expect(afterReverse[1, 0].style == Self.base, "a reversed cell's pen would paint the space")
    }

    @Test("text and its own styles are never changed, and the first cell of a row starts afresh")
    func textUntouched() {
        var canvas = Canvas(size: Size(width: 4, height: 2), fill: Self.base)
        canvas.put("x", x: 3, y: 0, style: Self.warning)
        canvas.put(" y", x: 0, y: 1, style: Self.number)
        let quiet = QuietSpaces.applied(to: canvas)
        #expect(quiet[3, 0] == canvas[3, 0])
        #expect(quiet[0, 1].style == Self.number, "no pen carries from the end of one row to the next")
        #expect(quiet[1, 1] == canvas[1, 1])
        #expect(quiet.text() == canvas.text())
    }

    static let border = Style(foreground: .indexed(75), background: .indexed(234))

    @Test("spaces after a pane's border take the pen of the text after them, not the border's")
    func spacesAfterBorderTakeTheNextPen() {
        let canvas = QuietSpaces.applied(to: row([("│", Self.border), ("  ", Self.base), ("5", Self.number)]))
        #expect(canvas[1, 0].style == Self.number)
        #expect(canvas[2, 0].style == Self.number)
        #expect(canvas[0, 0].style == Self.border, "the border keeps its own colour")
        #expect(canvas[4, 0].style == Self.number, "spaces after text still take the text's pen")
    }

    @Test("spaces at the start of a row take the pen of the first text")
    func leadingSpacesTakeTheNextPen() {
        let canvas = QuietSpaces.applied(to: row([("   ", Self.base), ("ab", Self.number)]))
        #expect((0..<3).allSatisfy { canvas[$0, 0].style == Self.number })
    }

    @Test("leading spaces that cannot take the next pen keep the border's or their own")
    func leadingSpacesFallBack() {
        let underlined = Self.number.adding(.underline)
        let canvas = QuietSpaces.applied(to: row([("│", Self.border), (" ", Self.base), ("x", underlined)]))
        #expect(canvas[1, 0].style == Self.border, "an underlined pen would show on the space")
        let other = Style(foreground: .indexed(252), background: .indexed(25))
        let onOther = QuietSpaces.applied(to: row([(" ", Self.base), ("x", other)]))
        #expect(onOther[0, 0].style == Self.base, "another background would show")
    }
}
