import InovasiCore

/// The review queue: waiting proposals, oldest first, with age, status, OPD and title; overdue
/// rows marked with "!" and the overdue role, so the mark survives without colour.
enum QueuePaneView {
    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        let language = state.language
        let queue = state.queue
        let focused = state.focus == .queue
        let count = NumberText.grouped(queue.total, language) + (queue.isCountPending ? "+" : "")
        var parts = QueueFilterText.summary(queue.query, language)
        if !queue.query.text.isEmpty {
            parts.append("\(DashboardText.filterLabel.text(language)): \(queue.query.text)")
        }
        if !queue.marks.isEmpty { parts.append(ReviewText.marked(queue.marks.count).text(language)) }
        parts.append(queue.total == 0 ? "0/0" : "\(queue.selected + 1)/\(count)")
        let right = parts.joined(separator: " · ")
        let title = "3 " + QueueText.queueTitle(count).text(language)
        let block = Block(title: title, rightTitle: right, focused: focused)
        block.render(into: &canvas, area: area, theme: theme)
        let visible = DashboardLayout(state: state).visibleRows(.queue)
        let inner = block.inner(area)
        let wide = inner.width >= minimumWidthForDetails
        let rows = (queue.scrollTop..<min(queue.total, queue.scrollTop + visible)).map { index in
            queue.item(at: index).map { row($0, state, wide: wide) } ?? TableRow([""])
        }
        let empty =
            queue.query.text.isEmpty && !queue.query.isFiltered ? QueueText.emptyQueue : DashboardText.emptyFilter
        Table(
            columns: columns(language, wide: wide), rows: rows, scrollOffset: queue.scrollTop,
            selectedRow: queue.total == 0 ? nil : queue.selected, focused: focused,
            emptyMessage: empty.text(language)
        )
        .render(into: &canvas, area: inner, theme: theme)
    }

    /// Below this inner width the score and reviewer columns give their room to the title.
    static let minimumWidthForDetails = 80

    static func columns(_ language: Language, wide: Bool) -> [TableColumn] {
        let columns = [
            TableColumn("", width: .fixed(1)),
            TableColumn(QueueText.columnAge.text(language), width: .fixed(5), alignment: .right),
            TableColumn(QueueText.columnStatus.text(language), width: .fixed(10)),
            TableColumn(LabelText.opd.text(language), width: .fixed(12)),
            TableColumn(QueueText.columnTitle.text(language), width: .fill(1)),
            TableColumn(QueueText.columnScore.text(language), width: .fixed(5), alignment: .right),
            TableColumn(LabelText.assignee.text(language), width: .fixed(8)),
        ]
        return wide ? columns : Array(columns.prefix(5))
    }

    static func row(_ item: QueueItem, _ state: DashboardState, wide: Bool) -> TableRow {
        let language = state.language
        let rule = OverdueRule(now: state.now, overdueDays: state.context.overdueDays)
        let age = rule.ageInDays(submittedAt: item.submittedAt)
        let overdue = rule.isOverdue(status: item.status, submittedAt: item.submittedAt)
        let unit = QueueText.dayUnit.text(language)
        let ageCell =
            overdue ? TableCell("!\(age)\(unit)", role: .overdue) : TableCell("\(age)\(unit)")
        let mark = state.queue.marks[item.id] != nil ? TableCell("●", role: .warning) : TableCell("")
        let cells = [
            mark, ageCell, TableCell(item.status.label.text(language), role: statusRole(item.status)),
            TableCell(item.agencyCode), TableCell(item.title), QueueScoreCell.cell(item, language),
            TableCell(item.assignee ?? "—"),
        ]
        return TableRow(cells: wide ? cells : Array(cells.prefix(5)))
    }

    /// The theme role of a proposal status.
    static func statusRole(_ status: ProposalStatus) -> ThemeRole {
        switch status {
        case .submitted: .statusSubmitted
        case .inReview: .statusInReview
        case .revisionRequested: .statusRevision
        case .approved: .statusApproved
        case .rejected: .statusRejected
        case .withdrawn: .statusWithdrawn
        }
    }
}
