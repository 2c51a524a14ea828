import InovasiTUI
import Testing

@testable import NcursesTerminal

@Suite("Box-drawing glyphs are drawn without bold")
struct PlainLinesTests {
    static let focused = Style(foreground: .indexed(75), background: .indexed(234), attributes: .bold)

    @Test("a bold border glyph loses bold and keeps its colours; bold text stays bold")
    func boldLeavesLinesOnly() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        canvas.put("║═╔", x: 0, y: 0, style: Self.focused)
        canvas.put("Ab", x: 3, y: 0, style: Self.focused.adding(.underline))
        let plain = PlainLines.applied(to: canvas)
        for x in 0..<3 {
            #expect(plain[x, 0].style.attributes.isEmpty)
            #expect(plain[x, 0].style.foreground == Self.focused.foreground)
            #expect(plain[x, 0].grapheme == canvas[x, 0].grapheme)
        }
        #expect(plain[3, 0] == canvas[3, 0])
        #expect(plain[4, 0] == canvas[4, 0])
    }

    @Test("only single box-drawing characters count as lines")
    func lineCharacters() {
        #expect(PlainLines.isLine("│"))
        #expect(PlainLines.isLine("╬"))
        #expect(!PlainLines.isLine("█"), "bar blocks are not lines")
        #expect(!PlainLines.isLine("x"))
        #expect(!PlainLines.isLine("│\u{0301}"))
    }
}
