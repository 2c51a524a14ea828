import Foundation
import InovasiCore

/// The queue page: the waiting proposals, oldest first, with number, OPD, title, age and status
/// only: never the reviewer, the score, the notes or the proposer's contact.
enum QueuePageView {
    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        guard area.height > 2 else { return }
        let language = state.language
        let rule = state.overdueRule
        let items = state.queue.page.offset == 0 ? state.queue.page.items : []
        let overdue = state.progress.all.reduce(0) { $0 + $1.overdue }
        let figures = KioskText.queueFigures(
            waiting: NumberText.grouped(state.queue.total, language), overdue: NumberText.grouped(overdue, language))
        KioskView.title(
            PaneID.queue.title.text(language), detail: figures.text(language), area: area, into: &canvas, theme: theme)
        let widths = columnWidths(state, area: area)
        var y = area.y + 1
        let heads = [
            KioskText.number, LabelText.opd, QueueText.columnTitle, QueueText.columnAge, QueueText.columnStatus,
        ].map { $0.text(language) }
        cells(heads, widths: widths, y: y, x: area.x + 1, style: { _ in theme.style(.tableHeader) }, into: &canvas)
        let room = area.maxY - y - 1
        let shown = items.count > room ? Array(items.prefix(room - 1)) : items
        for item in shown {
            y += 1
            let late = rule.isOverdue(status: item.status, submittedAt: item.submittedAt)
            let age = "\(rule.ageInDays(submittedAt: item.submittedAt)) \(QueueText.dayUnit.text(language))"
            let texts = [
                "\(item.id)", item.agencyCode, item.title, age,
                item.status.label.text(language),
            ]
            cells(
                texts, widths: widths, y: y, x: area.x + 1,
                style: { column in
                    theme.style(column == 3 && late ? .overdue : .base)
                }, into: &canvas)
        }
        let rest = max(0, state.queue.total - shown.count)
        if rest > 0 {
            canvas.put(
                KioskText.more(rest).text(language), x: area.x + 3, y: y + 1, maxWidth: area.width - 4,
                style: theme.style(.muted))
        } else if items.isEmpty {
            canvas.put(
                QueueText.emptyQueue.text(language), x: area.x + 3, y: y + 1, maxWidth: area.width - 4,
                style: theme.style(.muted))
        }
    }

    /// Proposals the page lists at `size`: the body less the title and the column heads.
    static func visibleRows(_ size: Size) -> Int {
        max(1, KioskView.bodyArea(size).height - 2)
    }

    /// The widest the title column gets, so age and status stay near it on a wide screen.
    static let maxTitleWidth = 72

    /// Number, OPD, title (what is left), age, status.
    static func columnWidths(_ state: DashboardState, area: Rect) -> [Int] {
        let codes = state.queue.page.items.map { DisplayWidth.of($0.agencyCode) }.max() ?? 3
        let opd = min(max(codes, 3), 18)
        let statuses = state.queue.page.items.map { DisplayWidth.of($0.status.label.text(state.language)) }
        let status = max(statuses.max() ?? 0, DisplayWidth.of(QueueText.columnStatus.text(state.language)))
        let fixed = [6, opd, 7, status]
        let title = min(maxTitleWidth, max(10, area.width - 2 - fixed.reduce(0, +) - 4))
        return [6, opd, title, 7, status]
    }

    static func cells(
        _ texts: [String], widths: [Int], y: Int, x: Int, style: (Int) -> Style, into canvas: inout Canvas
    ) {
        var x = x
        for (index, (text, width)) in zip(texts, widths).enumerated() {
            let alignment: TextAlignment = index == 0 || index == 3 ? .right : .left
            canvas.put(TextLayout.pad(text, toWidth: width, alignment: alignment), x: x, y: y, style: style(index))
            x += width + 1
        }
    }
}
