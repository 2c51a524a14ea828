import InovasiTUI
import Testing

@Suite("Canvas")
struct CanvasTests {
    @Test("A canvas remembers the style it was filled with, for a backend to clear with")
    func background() {
        let base = Style(foreground: .indexed(252), background: .indexed(234))
        var canvas = Canvas(size: Size(width: 3, height: 1), fill: base)
        canvas.put("x", x: 0, y: 0, style: .plain)
        #expect(canvas.background == base)
        #expect(Canvas(size: Size(width: 1, height: 1)).background == .plain)
        #expect(canvas[1, 0].style == base)
    }

    @Test("Overwriting half of a wide grapheme blanks the other half")
    func wideGraphemeIntegrity() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        canvas.put("漢字", x: 0, y: 0, style: .plain)
        #expect(canvas[1, 0].isContinuation)
        canvas.set(Cell(grapheme: "│", style: .plain), x: 1, y: 0)
        #expect(canvas[0, 0].grapheme == " ")
        canvas.set(Cell(grapheme: "x", style: .plain), x: 2, y: 0)
        #expect(!canvas[3, 0].isContinuation)
        #expect(canvas.text() == " │x")
    }

    @Test("Filling a rectangle that cuts a wide grapheme leaves no half behind")
    func fillEdges() {
        var canvas = Canvas(size: Size(width: 8, height: 1))
        canvas.put("漢字漢字", x: 0, y: 0, style: .plain)
        canvas.fill(Rect(x: 1, y: 0, width: 4, height: 1), grapheme: "·", style: .plain)
        #expect(canvas.text() == " ···· 字")
        #expect(canvas.cells.filter(\.isContinuation).count == 1)
    }

    @Test("write pads and truncates to an exact width with alignment")
    func write() {
        var canvas = Canvas(size: Size(width: 12, height: 2))
        canvas.write("Kecamatan Cilegon", x: 0, y: 0, width: 10, style: .plain)
        canvas.write("42", x: 0, y: 1, width: 6, alignment: .right, style: .plain)
        #expect(canvas.text() == "Kecamatan…\n    42")
    }

    @Test("Escape sequences from the data are drawn as placeholders")
    func escapes() {
        var canvas = Canvas(size: Size(width: 12, height: 1))
        canvas.put("a\u{1B}[2Jb", x: 0, y: 0, style: .plain)
        #expect(canvas.text() == "a␛[2Jb")
        #expect(!canvas.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value == 0x1B } })
    }
}
