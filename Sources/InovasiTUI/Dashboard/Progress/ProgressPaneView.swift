import InovasiCore

/// The OPD progress table: counts by tahapan, proposals waiting and overdue, main innovation,
/// bidang covered ("—" with no bar when it has none), a coverage bar; kelurahan under their
/// kecamatan; a city totals row; Instruksi 1/2022 compliance on the bottom border.
enum ProgressPaneView {
    static let barWidth = 10
    /// Below this inner width the coverage bars give their room to the OPD names.
    static let minimumWidthForBars = 76

    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        if let year = state.progress.year {
            ProgressYearView.render(state, year: year, area: area, into: &canvas, theme: theme)
            return
        }
        let language = state.language
        let pane = state.progress
        let focused = state.focus == .progress
        let compliance = MainInnovationCompliance(rows: pane.all)
        let block = Block(
            title: DashboardView.paneTitle(.progress, language), rightTitle: rightTitle(state), focused: focused,
            bottomTitle: pane.all.isEmpty ? nil : ComplianceText.short(compliance, language).text(language))
        block.render(into: &canvas, area: area, theme: theme)
        let inner = block.inner(area)
        let visible = DashboardLayout(state: state).visibleRows(.progress)
        let window = pane.rows.dropFirst(pane.scrollTop).prefix(visible)
        let withBars = inner.width >= minimumWidthForBars
        let rows = window.map { row($0, language) }
        let footer = pane.total.map { totalRow($0, compliance: compliance, language) }
        let table = Table(
            columns: columns(
                language, bars: withBars, fitting: rows + (footer.map { [$0] } ?? []), width: inner.width),
            rows: rows,
            scrollOffset: pane.scrollTop,
            selectedRow: pane.rows.isEmpty ? nil : pane.selected, focused: focused,
            footer: footer,
            emptyMessage: pane.filter.isEmpty ? nil : DashboardText.emptyFilter.text(language))
        table.render(into: &canvas, area: inner, theme: theme)
        if withBars { drawBars(Array(window), table: table, area: inner, into: &canvas, theme: theme) }
    }

    static func rightTitle(_ state: DashboardState) -> String {
        let pane = state.progress
        let language = state.language
        var parts: [String] = []
        if !pane.filter.isEmpty { parts.append("\(DashboardText.filterLabel.text(language)): \(pane.filter)") }
        if pane.sort != .standard || pane.descending {
            parts.append(
                ProgressText.sortedBy(pane.sort.label, descending: pane.descending).text(language))
        }
        parts.append(pane.rows.isEmpty ? "0/0" : "\(pane.selected + 1)/\(pane.rows.count)")
        return parts.joined(separator: " · ")
    }

    /// The table's columns; each number column is as wide as the widest figure in `fitting` (the
    /// rows shown and the totals row, whose sums are the widest), so no number is ever cut. In a
    /// table `width` cells wide the OPD names give up room first (down to 8 cells) so the numbers fit.
    static func columns(_ language: Language, bars: Bool, fitting: [TableRow] = [], width: Int? = nil)
        -> [TableColumn]
    {
        var columns = [
            TableColumn(ProgressText.columnName.text(language), width: .min(16)),
            TableColumn(ProgressText.columnInitiative.text(language), width: .fixed(4), alignment: .right),
            TableColumn(ProgressText.columnTrial.text(language), width: .fixed(5), alignment: .right),
            TableColumn(ProgressText.columnImplementation.text(language), width: .fixed(5), alignment: .right),
            TableColumn(ProgressText.columnWaiting.text(language), width: .fixed(6), alignment: .right),
            TableColumn(ProgressText.columnOverdue.text(language), width: .fixed(6), alignment: .right),
            TableColumn(ProgressText.columnMain.text(language), width: .fixed(5), alignment: .center),
            TableColumn(ProgressText.columnDivisions.text(language), width: .fixed(6), alignment: .right),
            TableColumn(ProgressText.columnProgress.text(language), width: .fixed(barWidth)),
        ]
        for index in 1..<(columns.count - 1) {
            guard case .fixed(let usual) = columns[index].width else { continue }
            let widest = fitting.map { $0.cells.indices.contains(index) ? DisplayWidth.of($0.cells[index].text) : 0 }
            columns[index].width = .fixed(max(usual, widest.max() ?? 0))
        }
        if !bars { columns.removeLast() }
        if let width {
            let numbers = columns.dropFirst().reduce(0) { sum, column in
                if case .fixed(let cells) = column.width { return sum + cells + 1 }
                return sum + 1
            }
            columns[0].width = .min(max(8, min(16, width - numbers)))
        }
        return columns
    }

    static func row(_ row: ProgressRow, _ language: Language) -> TableRow {
        let progress = row.progress
        let marker: String =
            if row.childCount > 0 { row.isCollapsed ? "▸ " : "▾ " } else if row.depth > 0 { "  · " } else { "  " }
        var cells = counts(progress, language)
        cells.insert(TableCell(marker + progress.agency.name), at: 0)
        return TableRow(cells: cells)
    }

    /// The city's sums; its main column says how many perangkat daerah run a main innovation
    /// ("20/28"), the pane's bottom border gives kecamatan, kelurahan and bidang apart.
    static func totalRow(
        _ total: AgencyProgress, compliance: MainInnovationCompliance, _ language: Language
    ) -> TableRow {
        var cells = counts(total, language)
        cells.insert(TableCell(ProgressText.total.text(language)), at: 0)
        cells[6] = TableCell(ComplianceText.fraction(compliance.agencies, language))
        return TableRow(cells: cells, role: .totalsRow)
    }

    /// The theme role of a tahapan, in the table's stage columns and in documents.
    static func stageRole(_ stage: Stage) -> ThemeRole {
        switch stage {
        case .initiative: .stageInitiative
        case .trial: .stageTrial
        case .implementation: .stageImplementation
        }
    }

    /// The number columns of one OPD, with the marks that carry meaning without colour.
    static func counts(_ progress: AgencyProgress, _ language: Language) -> [TableCell] {
        let stages = Stage.allCases.map { stage in
            TableCell(NumberText.grouped(progress.innovationsByStage[stage] ?? 0, language), role: stageRole(stage))
        }
        return stages + [
            TableCell(NumberText.grouped(progress.waiting, language)),
            progress.overdue > 0
                ? TableCell("!" + NumberText.grouped(progress.overdue, language), role: .overdue) : TableCell("0"),
            progress.hasMainInnovation ? TableCell("✓", role: .ok) : TableCell("✗", role: .warning),
            TableCell(
                ComplianceText.fraction(
                    .init(met: progress.divisionsWithMain, total: progress.divisionsTotal), language)),
            TableCell(""),
        ]
    }

    /// Draws a coverage gauge in the last column of every visible row: the OPD and each of its
    /// bidang count one, filled when they run a main innovation.
    static func drawBars(
        _ rows: [ProgressRow], table: Table, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme
    ) {
        let widths = table.widths(for: area)
        guard let last = widths.last, last > 0 else { return }
        let x = area.x + widths.dropLast().reduce(0) { $0 + $1 + table.columnSpacing }
        for (index, row) in rows.prefix(table.visibleRowCount(in: area)).enumerated() {
            let progress = row.progress
            // No bidang: the main column says it all; a lone full bar would read as full coverage.
            guard progress.divisionsTotal > 0 else { continue }
            let gauge = Gauge(
                value: progress.divisionsWithMain + (progress.hasMainInnovation ? 1 : 0),
                total: progress.divisionsTotal + 1)
            gauge.render(into: &canvas, area: Rect(x: x, y: area.y + 1 + index, width: last, height: 1), theme: theme)
        }
    }
}
