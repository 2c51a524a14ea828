import InovasiCore
import InovasiTUI
import Testing

@Suite("Widget snapshots")
struct WidgetSnapshotTests {
    let theme = ResolvedTheme.builtIn

    @Test("Block: focused with both titles, and a narrow one with a long title")
    func block() {
        var canvas = Canvas(size: Size(width: 26, height: 8))
        Block(title: "Progres OPD", rightTitle: "12/340", focused: true)
            .render(into: &canvas, area: Rect(x: 0, y: 0, width: 26, height: 4), theme: theme)
        Block(title: "Dinas Kependudukan dan Pencatatan Sipil", rightTitle: "3/9")
            .render(into: &canvas, area: Rect(x: 0, y: 4, width: 18, height: 4), theme: theme)
        assertSnapshot(canvas, named: "block")
    }

    @Test("Table: wide CJK title and cells truncated, selection, totals row")
    func tableWithCJK() {
        var canvas = Canvas(size: Size(width: 34, height: 8))
        let block = Block(title: "漢字のタイトルがとても長いテーブルです", rightTitle: "11/40", focused: true)
        let area = Rect(size: canvas.size)
        block.render(into: &canvas, area: area, theme: theme)
        let table = Table(
            columns: [
                TableColumn("No", width: .fixed(3), alignment: .right),
                TableColumn("Judul 題名", width: .fill(1)),
                TableColumn("Status", width: .fixed(9)),
            ],
            rows: [
                TableRow(["10", "漢字による行政サービス改革", "Diajukan"]),
                TableRow(["11", "Sistem Antrean Puskesmas Daring", "Ditinjau"]),
                TableRow(["12", "👩‍👩‍👧 Posyandu 🇮🇩 Ramah Anak", "Disetujui"]),
            ],
            scrollOffset: 9, selectedRow: 10, footer: TableRow(["", "Jumlah", "40"]))
        table.render(into: &canvas, area: block.inner(area), theme: theme)
        assertSnapshot(canvas, named: "table-cjk")
    }

    @Test("Table: an empty window shows the empty message")
    func tableEmpty() {
        var canvas = Canvas(size: Size(width: 24, height: 3))
        Table(
            columns: [TableColumn("OPD", width: .fill(1)), TableColumn("Jumlah", width: .fixed(6), alignment: .right)],
            rows: [], emptyMessage: "Belum ada data"
        ).render(into: &canvas, area: Rect(size: canvas.size), theme: theme)
        assertSnapshot(canvas, named: "table-empty")
    }

    @Test("Popup: centred, clears what is beneath, hint in the bottom border")
    func overlay() {
        var canvas = Canvas(size: Size(width: 30, height: 9))
        for row in 0..<9 {
            canvas.put(String(repeating: "abcdefghij", count: 3), x: 0, y: row, style: theme.style(.base))
        }
        let popup = Popup(title: "Konfirmasi", size: Size(width: 22, height: 5), hint: "Enter · Esc")
        popup.render(into: &canvas, area: canvas.bounds, theme: theme)
        Paragraph("Setujui usulan ini? Keputusan dicatat.", alignment: .center)
            .render(into: &canvas, area: popup.inner(in: canvas.bounds), theme: theme.layered(on: .overlayBackground))
        assertSnapshot(canvas, named: "overlay")
    }

    @Test("Tab bar: whole titles with number keys, then cut evenly when narrow")
    func tabBar() {
        var canvas = Canvas(size: Size(width: 44, height: 2))
        let tabs = TabBar(titles: ["Progres OPD", "Kalender", "Antrean Tinjauan"], selected: 1)
        tabs.render(into: &canvas, area: Rect(x: 0, y: 0, width: 44, height: 1), theme: theme)
        tabs.render(into: &canvas, area: Rect(x: 0, y: 1, width: 26, height: 1), theme: theme)
        assertSnapshot(canvas, named: "tabbar")
    }

    @Test("Status line: hints and flash; when narrow the flash wins")
    func statusLine() {
        var canvas = Canvas(size: Size(width: 50, height: 2))
        let line = StatusLine(
            hints: [
                .init(key: "q", label: "Keluar"), .init(key: "?", label: "Bantuan"),
                .init(key: "Enter", label: "Buka"), .init(key: "/", label: "Cari"),
            ],
            flash: .init("Usulan disetujui", role: .flash))
        line.render(into: &canvas, area: Rect(x: 0, y: 0, width: 50, height: 1), theme: theme)
        line.render(into: &canvas, area: Rect(x: 0, y: 1, width: 24, height: 1), theme: theme)
        assertSnapshot(canvas, named: "statusline")
    }

    @Test("Gauge: partial blocks, ASCII fallback, label only when tiny")
    func gauge() {
        var canvas = Canvas(size: Size(width: 16, height: 4))
        Gauge(value: 7, total: 10, label: "7/10").render(
            into: &canvas, area: Rect(x: 0, y: 0, width: 16, height: 1), theme: theme)
        Gauge(value: 3, total: 10, label: "30%", glyphs: .ascii).render(
            into: &canvas, area: Rect(x: 0, y: 1, width: 16, height: 1), theme: theme)
        Gauge(value: 0, total: 0).render(into: &canvas, area: Rect(x: 0, y: 2, width: 16, height: 1), theme: theme)
        Gauge(value: 5, total: 9, label: "5/9").render(
            into: &canvas, area: Rect(x: 0, y: 3, width: 5, height: 1), theme: theme)
        assertSnapshot(canvas, named: "gauge")
    }

    @Test("Gauge on the Linux console: whole cells and a ▌ half at most, the same values as above")
    func gaugeOnTheConsole() {
        let console = ResolvedTheme(.builtIn, depth: .eight, glyphs: .console)
        var canvas = Canvas(size: Size(width: 16, height: 6))
        Gauge(value: 7, total: 10, label: "7/10").render(
            into: &canvas, area: Rect(x: 0, y: 0, width: 16, height: 1), theme: console)
        Gauge(value: 3, total: 10, label: "30%", glyphs: .ascii).render(
            into: &canvas, area: Rect(x: 0, y: 1, width: 16, height: 1), theme: console)
        Gauge(value: 0, total: 0).render(into: &canvas, area: Rect(x: 0, y: 2, width: 16, height: 1), theme: console)
        Gauge(value: 5, total: 9, label: "5/9").render(
            into: &canvas, area: Rect(x: 0, y: 3, width: 5, height: 1), theme: console)
        // 2/3 of 10 cells is 6 and 5 eighths: a half; 1/3 is 3 and 2 eighths: nothing.
        Gauge(value: 2, total: 3).render(into: &canvas, area: Rect(x: 0, y: 4, width: 10, height: 1), theme: console)
        Gauge(value: 1, total: 3).render(into: &canvas, area: Rect(x: 0, y: 5, width: 10, height: 1), theme: console)
        assertSnapshot(canvas, named: "gauge-console")
    }

    @Test("Key-value list: labels in a column, long values wrap under themselves")
    func keyValueList() {
        var canvas = Canvas(size: Size(width: 36, height: 6))
        KeyValueList(entries: [
            .init("Judul", "Sistem Informasi Pelayanan Terpadu Kecamatan"),
            .init("OPD", "Kecamatan Pulomerak"),
            .init("Status", "Ditinjau", role: .statusInReview),
            .init("Anggaran", "Rp1.250.000"),
        ]).render(into: &canvas, area: Rect(size: canvas.size), theme: theme)
        assertSnapshot(canvas, named: "keyvalue")
    }

    @Test("Paragraph and list: wrapped, scrolled text and a virtual list")
    func paragraphAndList() {
        var canvas = Canvas(size: Size(width: 40, height: 4))
        Paragraph("Dilewati.\nInovasi pelayanan publik berbasis digital di Kota Cilegon.", scrollOffset: 1)
            .render(into: &canvas, area: Rect(x: 0, y: 0, width: 20, height: 4), theme: theme)
        List(items: ["default", "light", "high-contrast", "monochrome"], scrollOffset: 2, selected: 3)
            .render(into: &canvas, area: Rect(x: 21, y: 0, width: 19, height: 4), theme: theme)
        assertSnapshot(canvas, named: "paragraph-list")
    }
}
