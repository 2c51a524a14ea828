import Foundation
import InovasiCore

/// The OPD page: every OPD, kelurahan under their kecamatan, a screenful per interval
/// ("halaman 2 dari 4"), with innovations per stage, the main innovation, proposals waiting and
/// overdue. No selection bar.
enum AgencyPageView {
    /// Rows of the page not used by OPDs: the title and the column heads.
    static let chrome = 2

    /// Every OPD in the table's order, no filter, no group collapsed.
    static func rows(_ state: DashboardState) -> [ProgressRow] {
        var pane = ProgressPaneState()
        pane.all = state.progress.all
        return ProgressRows.build(pane)
    }

    /// OPDs on one screenful at the state's size.
    static func rowsPerPage(_ size: Size) -> Int {
        max(1, KioskView.bodyArea(size).height - chrome)
    }

    /// Screenfuls the OPD page needs to show every OPD; at least one.
    static func pageCount(_ state: DashboardState) -> Int {
        let perPage = rowsPerPage(state.size)
        return max(1, (rows(state).count + perPage - 1) / perPage)
    }

    /// The OPDs of screenful `page` (from 0).
    static func slice(_ rows: [ProgressRow], page: Int, perPage: Int) -> ArraySlice<ProgressRow> {
        let start = min(rows.count, page * perPage)
        return rows[start..<min(rows.count, start + perPage)]
    }

    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        guard area.height > chrome else { return }
        let language = state.language
        let count = pageCount(state)
        let page = min(state.kiosk.agencyPage, count - 1)
        let detail = KioskText.page(page + 1, of: count).text(language)
        KioskView.title(PaneID.progress.title.text(language), detail: detail, area: area, into: &canvas, theme: theme)
        let numbers = numberColumns(language, wide: area.width >= 120)
        let nameWidth = min(maxNameWidth, area.width - 2 - numbers.reduce(0) { $0 + $1.width + 1 })
        var y = area.y + 1
        var x = area.x + 1
        let head = theme.style(.tableHeader)
        x += canvas.put(
            TextLayout.pad(ProgressText.columnName.text(language), toWidth: nameWidth), x: x, y: y, style: head)
        for column in numbers {
            x +=
                1
                + canvas.put(
                    TextLayout.pad(column.title, toWidth: column.width, alignment: .right), x: x + 1, y: y, style: head)
        }
        for row in slice(rows(state), page: page, perPage: rowsPerPage(state.size)) {
            y += 1
            line(
                row, y: y, x: area.x + 1, nameWidth: nameWidth, numbers: numbers, language, into: &canvas, theme: theme)
        }
    }

    struct NumberColumn {
        var title: String
        var width: Int
    }

    /// The widest the name column gets, so a wide screen keeps the figures near the names.
    static let maxNameWidth = 60

    /// The figure columns: 5 cells or the title's width, 9 on a wide screen.
    static func numberColumns(_ language: Language, wide: Bool) -> [NumberColumn] {
        let titles = [
            ProgressText.columnInitiative, ProgressText.columnTrial, ProgressText.columnImplementation,
            ProgressText.columnMain, ProgressText.columnWaiting, ProgressText.columnOverdue,
        ].map { $0.text(language) }
        return titles.map { NumberColumn(title: $0, width: max(wide ? 9 : 5, DisplayWidth.of($0))) }
    }

    static func line(
        _ row: ProgressRow, y: Int, x: Int, nameWidth: Int, numbers: [NumberColumn], _ language: Language,
        into canvas: inout Canvas, theme: ResolvedTheme
    ) {
        let progress = row.progress
        let indent = String(repeating: "  ", count: row.depth)
        let base = theme.style(.base)
        var x = x
        x += canvas.put(TextLayout.pad(indent + progress.agency.name, toWidth: nameWidth), x: x, y: y, style: base)
        let stages = [Stage.initiative, .trial, .implementation].map { progress.innovationsByStage[$0] ?? 0 }
        let cells: [(String, ThemeRole)] =
            stages.map { (NumberText.grouped($0, language), ThemeRole.base) } + [
                (
                    progress.hasMainInnovation ? KioskText.yes.text(language) : "-",
                    progress.hasMainInnovation ? .ok : .muted
                ),
                (NumberText.grouped(progress.waiting, language), .base),
                (NumberText.grouped(progress.overdue, language), progress.overdue > 0 ? .overdue : .base),
            ]
        for (column, cell) in zip(numbers, cells) {
            let text = TextLayout.pad(cell.0, toWidth: column.width, alignment: .right)
            x += 1 + canvas.put(text, x: x + 1, y: y, style: theme.style(cell.1))
        }
    }
}
