import InovasiCore

/// A virtual table: a header row, the visible window of rows, an optional totals row.
///
/// The caller passes only the rows that fit (``visibleRowCount(in:)`` says how many), the index
/// of the first one in the whole list (``scrollOffset``) and the selected index in the whole list,
/// so a table of 100 000 proposals costs the same as one of 20. ``Scrolling`` keeps the selection
/// in the window. Text is cut with "…" to the column; the terminal cursor rests on the selected
/// row, for screen readers.
public struct Table: Widget {
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// The visible rows only, starting at row ``scrollOffset`` of the whole list.
    public var rows: [TableRow]
    /// Index in the whole list of `rows[0]`.
    public var scrollOffset: Int
    /// Index in the whole list of the selected row; nil for none.
    public var selectedRow: Int?
    /// Whether the table's pane has focus: the selection is then drawn strongly.
    public var focused: Bool
    /// A totals row kept at the bottom.
    public var footer: TableRow?
    /// Shown, muted, when there are no rows.
    public var emptyMessage: String?
    /// Cells between columns.
    public var columnSpacing: Int

    /// A table window; see the type's documentation for the virtual rows.
    public init(
        columns: [TableColumn], rows: [TableRow], scrollOffset: Int = 0, selectedRow: Int? = nil,
        focused: Bool = true, footer: TableRow? = nil, emptyMessage: String? = nil, columnSpacing: Int = 1
    ) {
        self.columns = columns
        self.rows = rows
        self.scrollOffset = scrollOffset
        self.selectedRow = selectedRow
        self.focused = focused
        self.footer = footer
        self.emptyMessage = emptyMessage
        self.columnSpacing = columnSpacing
    }

    /// How many rows fit in `area` below the header (and above the footer when there is one).
    public func visibleRowCount(in area: Rect) -> Int {
        max(0, area.height - 1 - (footer == nil ? 0 : 1))
    }

    /// Draws the widget; see the type's documentation.
    public func render(into canvas: inout Canvas, area: Rect, theme: ResolvedTheme) {
        let area = area.clipped(to: canvas.bounds)
        guard !area.isEmpty else { return }
        var painter = RowPainter(area: area, widths: widths(for: area), columns: columns, spacing: columnSpacing)
        let header = TableRow(cells: columns.map { TableCell($0.title) })
        painter.draw(header, y: area.y, role: .tableHeader, into: &canvas, theme: theme)
        let bodyHeight = visibleRowCount(in: area)
        let drawn = min(rows.count, bodyHeight)
        let blank = Rect(x: area.x, y: area.y + 1 + drawn, width: area.width, height: area.height - 1 - drawn)
        canvas.fill(blank, style: theme.style(.base))
        for (index, row) in rows.prefix(bodyHeight).enumerated() {
            let y = area.y + 1 + index
            if scrollOffset + index == selectedRow {
                painter.selected = true
                painter.draw(row, y: y, role: focused ? .selection : .selectionUnfocused, into: &canvas, theme: theme)
                painter.selected = false
                canvas.cursor = Position(x: area.x, y: y)
            } else {
                painter.draw(row, y: y, role: row.role ?? .base, into: &canvas, theme: theme)
            }
        }
        if rows.isEmpty, let emptyMessage, bodyHeight > 0 {
            canvas.write(
                emptyMessage, x: area.x, y: area.y + 1, width: area.width, alignment: .center,
                style: theme.style(.muted))
        }
        if let footer, area.height >= 2 {
            painter.draw(footer, y: area.maxY - 1, role: footer.role ?? .totalsRow, into: &canvas, theme: theme)
        }
    }

    /// Column widths for `area`, from the columns' constraints.
    public func widths(for area: Rect) -> [Int] {
        Layout.sizes(columns.map(\.width), total: area.width, spacing: columnSpacing)
    }
}

/// Draws one table line: the row's style under every column and gap, then each cell.
struct RowPainter {
    let area: Rect
    let widths: [Int]
    let columns: [TableColumn]
    let spacing: Int
    /// A selected row keeps the selection's look in every cell, for contrast.
    var selected = false

    func draw(_ row: TableRow, y: Int, role: ThemeRole, into canvas: inout Canvas, theme: ResolvedTheme) {
        let rowStyle = theme.style(role)
        var x = area.x
        for (index, width) in widths.enumerated() {
            if index < row.cells.count, width > 0 {
                let cell = row.cells[index]
                let style = selected ? rowStyle : cell.role.map(theme.style) ?? rowStyle
                let alignment = index < columns.count ? columns[index].alignment : .left
                canvas.write(cell.text, x: x, y: y, width: width, alignment: alignment, style: style)
            } else {
                canvas.fill(Rect(x: x, y: y, width: width, height: 1), style: rowStyle)
            }
            x += width
            let gap = min(spacing, area.maxX - x)
            if gap > 0 { canvas.fill(Rect(x: x, y: y, width: gap, height: 1), style: rowStyle) }
            x += spacing
        }
        if x < area.maxX { canvas.fill(Rect(x: x, y: y, width: area.maxX - x, height: 1), style: rowStyle) }
    }
}
