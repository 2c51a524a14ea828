import InovasiCore

/// The OPD table in year mode (`y`): each OPD's figures of the reporting year, the city's in the
/// total row, the year in the pane's title. The columns that fit the width are shown; the least
/// asked for give way first, so the OPD names keep room.
enum ProgressYearView {
    /// The year's columns, left to right.
    static let columns: [ReportSortColumn] = [.proposals, .approved, .revision, .rejected, .reached, .moves, .started]
    /// The order in which columns give way to a narrow pane.
    static let givingWay: [ReportSortColumn] = [.started, .moves, .rejected, .revision, .reached]
    /// The OPD names keep at least this many cells before a column gives way.
    static let nameRoom = 14

    static func render(
        _ state: DashboardState, year: ReportingYear, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme
    ) {
        let language = state.language
        let pane = state.progress
        let title = DashboardView.paneTitle(.progress, language) + " — " + YearText.year(year).text(language)
        let block = Block(
            title: title, rightTitle: ProgressPaneView.rightTitle(state), focused: state.focus == .progress,
            bottomTitle: pane.all.isEmpty
                ? nil : ComplianceText.short(MainInnovationCompliance(rows: pane.all), language).text(language))
        block.render(into: &canvas, area: area, theme: theme)
        let inner = block.inner(area)
        let visible = DashboardLayout(state: state).visibleRows(.progress)
        let window = pane.rows.dropFirst(pane.scrollTop).prefix(visible)
        let figures = pane.yearFigures
        let total = figures.map(\.total)
        let widest = total.map { cells($0, language) } ?? []
        let shown = fitting(language, widest: widest, width: inner.width)
        let rows = window.map { row in
            let marker: String =
                if row.childCount > 0 { row.isCollapsed ? "▸ " : "▾ " } else if row.depth > 0 { "  · " } else { "  " }
            let values = figures.map { cells($0.figures(of: row.id), language) } ?? []
            return TableRow(cells: [TableCell(marker + row.progress.agency.name)] + pick(values, shown))
        }
        let footer = TableRow(
            cells: [TableCell(ProgressText.total.text(language))]
                + pick(total.map { cells($0, language) } ?? [], shown),
            role: .totalsRow)
        let table = Table(
            columns: tableColumns(shown, language, widest: widest, width: inner.width), rows: rows,
            scrollOffset: pane.scrollTop, selectedRow: pane.rows.isEmpty ? nil : pane.selected,
            focused: state.focus == .progress, footer: footer,
            emptyMessage: pane.filter.isEmpty ? nil : DashboardText.emptyFilter.text(language))
        table.render(into: &canvas, area: inner, theme: theme)
    }

    /// Every year column's figure, in ``columns`` order.
    static func cells(_ figures: YearFigures, _ language: Language) -> [String] {
        columns.map { NumberText.grouped($0.value(in: figures) ?? 0, language) }
    }

    /// The cells of the columns shown; empty cells while the year loads.
    static func pick(_ values: [String], _ shown: [Int]) -> [TableCell] {
        shown.map { TableCell(values.indices.contains($0) ? values[$0] : "") }
    }

    /// A column's width: its heading or its widest figure (the city total's).
    static func width(_ index: Int, _ language: Language, widest: [String]) -> Int {
        let heading = DisplayWidth.of(heading(columns[index]).text(language))
        return max(heading, widest.indices.contains(index) ? DisplayWidth.of(widest[index]) : 1)
    }

    /// The indices in ``columns`` shown in a table `width` cells wide.
    static func fitting(_ language: Language, widest: [String], width: Int) -> [Int] {
        var shown = Array(columns.indices)
        var dropping = givingWay.compactMap { columns.firstIndex(of: $0) }
        func numbers() -> Int { shown.reduce(0) { $0 + Self.width($1, language, widest: widest) + 1 } }
        while width - numbers() < nameRoom, let next = dropping.first {
            dropping.removeFirst()
            shown.removeAll { $0 == next }
        }
        return shown
    }

    static func tableColumns(_ shown: [Int], _ language: Language, widest: [String], width: Int) -> [TableColumn] {
        let numbers = shown.reduce(0) { $0 + Self.width($1, language, widest: widest) + 1 }
        let name = TableColumn(ProgressText.columnName.text(language), width: .min(max(8, min(16, width - numbers))))
        return [name]
            + shown.map {
                TableColumn(
                    heading(columns[$0]).text(language), width: .fixed(Self.width($0, language, widest: widest)),
                    alignment: .right)
            }
    }

    /// The short heading of a year column in the pane.
    static func heading(_ column: ReportSortColumn) -> Localized {
        switch column {
        case .approved: ProgressText.columnApproved
        case .revision: ProgressText.columnRevision
        case .rejected: ProgressText.columnRejected
        case .reached: ProgressText.columnReached
        case .moves: ProgressText.columnMoves
        case .started: ProgressText.columnStarted
        default: ProgressText.columnProposals
        }
    }
}
