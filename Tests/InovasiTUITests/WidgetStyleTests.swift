import InovasiCore
import InovasiTUI
import Testing

@Suite("Widget styles and behaviour")
struct WidgetStyleTests {
    let theme = ResolvedTheme.builtIn

    func table(selected: Int?, focused: Bool = true, rows: Int = 3) -> Table {
        Table(
            columns: [TableColumn("No", width: .fixed(3), alignment: .right), TableColumn("Judul", width: .fill(1))],
            rows: (0..<rows).map { TableRow(["\($0 + 20)", "Usulan \($0 + 20)"]) },
            scrollOffset: 20, selectedRow: selected, focused: focused)
    }

    @Test("The selected row is drawn in the selection role across its width, and the cursor rests on it")
    func tableSelection() {
        var canvas = Canvas(size: Size(width: 20, height: 5))
        table(selected: 21).render(into: &canvas, area: Rect(size: canvas.size), theme: theme)
        let selection = theme.style(.selection)
        #expect((0..<20).allSatisfy { canvas[$0, 2].style == selection })
        #expect(canvas[5, 1].style == theme.style(.base))
        #expect(canvas.cursor == Position(x: 0, y: 2))
        #expect(canvas[0, 0].style == theme.style(.tableHeader))
    }

    @Test("An unfocused table shows its selection in the unfocused role")
    func tableUnfocused() {
        var canvas = Canvas(size: Size(width: 20, height: 5))
        table(selected: 20, focused: false).render(into: &canvas, area: Rect(size: canvas.size), theme: theme)
        #expect(canvas[4, 1].style == theme.style(.selectionUnfocused))
    }

    @Test("A selection outside the window draws no highlight and moves no cursor")
    func tableSelectionOutside() {
        var canvas = Canvas(size: Size(width: 20, height: 5))
        table(selected: 3).render(into: &canvas, area: Rect(size: canvas.size), theme: theme)
        #expect(canvas.cursor == nil)
        #expect(!canvas.cells.contains { $0.style == theme.style(.selection) })
    }

    @Test("Only the rows that fit are drawn; the footer keeps its place")
    func tableVirtualWindow() {
        var canvas = Canvas(size: Size(width: 20, height: 4))
        var table = table(selected: nil, rows: 10)
        table.footer = TableRow(["", "Jumlah"])
        #expect(table.visibleRowCount(in: Rect(size: canvas.size)) == 2)
        table.render(into: &canvas, area: Rect(size: canvas.size), theme: theme)
        #expect(canvas.text() == " No Judul\n 20 Usulan 20\n 21 Usulan 21\n    Jumlah")
        #expect(canvas[4, 3].style == theme.style(.totalsRow))
    }

    @Test("Cell roles colour a cell; the selection overrides them for contrast")
    func cellRoles() {
        let rows = [
            TableRow(cells: ["1", TableCell("Ditolak", role: .statusRejected)]),
            TableRow(cells: ["2", TableCell("Ditolak", role: .statusRejected)]),
        ]
        var canvas = Canvas(size: Size(width: 16, height: 3))
        Table(
            columns: [TableColumn("No", width: .fixed(2)), TableColumn("Status", width: .fill(1))], rows: rows,
            selectedRow: 1
        )
        .render(into: &canvas, area: Rect(size: canvas.size), theme: theme)
        #expect(canvas[3, 1].style == theme.style(.statusRejected))
        #expect(canvas[3, 2].style == theme.style(.selection))
    }

    @Test("Without colour the selected row is reversed and the focused border bold and double")
    func monochrome() {
        let mono = ResolvedTheme(.builtIn, depth: .none)
        var canvas = Canvas(size: Size(width: 20, height: 6))
        let block = Block(title: "Antrean", focused: true)
        block.render(into: &canvas, area: Rect(size: canvas.size), theme: mono)
        table(selected: 20).render(into: &canvas, area: block.inner(Rect(size: canvas.size)), theme: mono)
        #expect(canvas[0, 0].grapheme == "╔")
        #expect(canvas[0, 0].style.attributes.contains(.bold))
        #expect(canvas[5, 2].style.attributes.contains(.reverse))
        #expect(canvas[5, 2].style.foreground == .default)
        #expect(!canvas[5, 3].style.attributes.contains(.reverse))
    }

    @Test("An unfocused block uses thin lines and the plain border role")
    func blockUnfocused() {
        var canvas = Canvas(size: Size(width: 10, height: 3))
        Block(title: "OPD").render(into: &canvas, area: Rect(size: canvas.size), theme: theme)
        #expect(canvas[0, 0].grapheme == "┌")
        #expect(canvas[0, 0].style == theme.style(.paneBorder))
        #expect(canvas[3, 0].style == theme.style(.paneTitle))
        #expect(canvas[3, 1].style == theme.style(.base))
    }

    @Test("Tab bar: the active tab in the active role, the others inactive")
    func tabBarRoles() {
        var canvas = Canvas(size: Size(width: 30, height: 1))
        TabBar(titles: ["OPD", "Kalender"], selected: 1).render(
            into: &canvas, area: Rect(size: canvas.size), theme: theme)
        #expect(canvas[1, 0].style == theme.style(.tabInactive))
        #expect(canvas[9, 0].style == theme.style(.tabActive))
        #expect(canvas[25, 0].style == theme.style(.base))
    }

    @Test("Status line: keys in the key role, labels and gaps in the line role, flash in its role")
    func statusLineRoles() {
        var canvas = Canvas(size: Size(width: 30, height: 1))
        StatusLine(hints: [.init(key: "q", label: "Keluar")], flash: .init("Gagal", role: .error))
            .render(into: &canvas, area: Rect(size: canvas.size), theme: theme)
        #expect(canvas[1, 0].style == theme.style(.statusKey))
        #expect(canvas[3, 0].style == theme.style(.statusLine))
        #expect(canvas[26, 0].style == theme.style(.error))
        #expect(canvas[15, 0].style == theme.style(.statusLine))
    }

    @Test("Popup content drawn with the layered theme shares the popup's background")
    func popupLayering() {
        var canvas = Canvas(size: Size(width: 20, height: 7))
        let popup = Popup(title: "Bantuan", size: Size(width: 16, height: 5))
        popup.render(into: &canvas, area: canvas.bounds, theme: theme)
        let inner = popup.inner(in: canvas.bounds)
        let layered = theme.layered(on: .overlayBackground)
        KeyValueList(entries: [.init("q", "Keluar")]).render(into: &canvas, area: inner, theme: layered)
        let background = theme.style(.overlayBackground).background
        #expect(canvas[inner.x, inner.y].style.background == background)
        #expect(canvas[inner.x, inner.y].style.foreground == theme.style(.muted).foreground)
        #expect(canvas[inner.maxX - 1, inner.y].style.background == background)
        #expect(canvas[popup.frame(in: canvas.bounds).x, 1].style == theme.style(.overlayBorder))
        #expect(layered.style(.base) == theme.style(.overlayBackground))
        #expect(layered.style(.selection) == theme.style(.selection))
    }

    @Test("Gauge fill is measured in integer eighths and clamped")
    func gaugeMath() {
        #expect(Gauge.filledEighths(value: 7, total: 10, width: 11) == 61)
        #expect(Gauge.filledEighths(value: 12, total: 10, width: 4) == 32)
        #expect(Gauge.filledEighths(value: -3, total: 10, width: 4) == 0)
        #expect(Gauge.filledEighths(value: 3, total: 0, width: 4) == 0)
    }

    @Test("On the console a gauge draws only glyphs its fonts have, rounding the last cell down to a half")
    func gaugeConsoleGlyphs() {
        let console = ResolvedTheme(.builtIn, depth: .eight, glyphs: .console)
        for value in 0...40 {
            var canvas = Canvas(size: Size(width: 5, height: 1))
            Gauge(value: value, total: 40).render(into: &canvas, area: Rect(size: canvas.size), theme: console)
            let text = canvas.text()
            #expect(text.allSatisfy { "█▌░".contains($0) }, "\(value)/40: \(text)")
            let halves = text.reduce(0) { $0 + ($1 == "█" ? 2 : $1 == "▌" ? 1 : 0) }
            #expect(halves == value * 10 / 40, "\(value)/40 is \(value * 10 / 40) half cells: \(text)")
        }
        #expect(Gauge.partialEighths(7, .unicode) == 7)
        #expect(Gauge.partialEighths(3, .console) == 0)
        #expect(Gauge.partialEighths(5, .console) == 4)
    }

    @Test("The Linux console's TERM names get the console's glyphs, every other terminal the full set")
    func glyphRangeByTerminal() {
        #expect(GlyphRange.forTerminal(named: "linux") == .console)
        #expect(GlyphRange.forTerminal(named: "linux-16color") == .console)
        #expect(GlyphRange.forTerminal(named: "xterm-256color") == .unicode)
        #expect(GlyphRange.forTerminal(named: "linuxterm") == .unicode)
        #expect(ResolvedTheme.builtIn.glyphs == .unicode)
    }

    @Test("Gauge glyphs carry the value without colour")
    func gaugeGlyphs() {
        var canvas = Canvas(size: Size(width: 8, height: 1))
        Gauge(value: 1, total: 2).render(
            into: &canvas, area: Rect(size: canvas.size), theme: ResolvedTheme(.builtIn, depth: .none))
        #expect(canvas.text() == "████░░░░")
        #expect(canvas[6, 0].style.attributes.contains(.dim))
    }

    @Test("Paragraph and key-value list report their line counts for scrolling")
    func lineCounts() {
        #expect(Paragraph("satu dua tiga\n\nempat").lineCount(width: 8) == 4)
        let list = KeyValueList(entries: [.init("Judul", "satu dua tiga empat"), .init("OPD", "Dinkes")])
        #expect(list.lineCount(width: 20) == 3)
        #expect(list.lineCount(width: 15) == 4)
    }

    @Test("Widgets never draw outside their area")
    func clipping() {
        var canvas = Canvas(size: Size(width: 12, height: 6), fill: Style(attributes: .italic))
        let area = Rect(x: 3, y: 2, width: 5, height: 2)
        let widgets: [any Widget] = [
            Block(title: "Judul panjang", rightTitle: "1/2", focused: true),
            table(selected: 20), List(items: ["satu", "dua", "tiga"], selected: 0),
            TabBar(titles: ["a", "b", "c"], selected: 0), Paragraph("satu dua tiga empat lima"),
            StatusLine(hints: [.init(key: "q", label: "Keluar")], flash: .init("Halo")),
            Gauge(value: 1, total: 3, label: "1/3"), KeyValueList(entries: [.init("a", "b c d e f")]),
        ]
        for widget in widgets {
            var copy = canvas
            widget.render(into: &copy, area: area, theme: theme)
            for y in 0..<6 {
                for x in 0..<12 where !area.contains(Position(x: x, y: y)) {
                    #expect(copy[x, y] == canvas[x, y], "\(type(of: widget)) drew at \(x),\(y)")
                }
            }
        }
    }
}
