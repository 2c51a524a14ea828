import InovasiCore

/// The review queue: waiting proposals, oldest first, with age, status, OPD and title; overdue
/// rows marked with "!" and the overdue role, so the mark survives without colour.
enum QueuePaneView {
    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        let language = state.language
        let queue = state.queue
        let focused = state.focus == .queue
        var right = queue.total == 0 ? "0/0" : "\(queue.selected + 1)/\(NumberText.grouped(queue.total, language))"
        if !queue.query.text.isEmpty {
            right = "\(DashboardText.filterLabel.text(language)): \(queue.query.text) · " + right
        }
        let title = "3 " + DashboardText.queueTitle(waiting: queue.total).text(language)
        let block = Block(title: title, rightTitle: right, focused: focused)
        block.render(into: &canvas, area: area, theme: theme)
        let visible = DashboardLayout(state: state).visibleRows(.queue)
        let rows = (queue.scrollTop..<min(queue.total, queue.scrollTop + visible)).map { index in
            queue.item(at: index).map { row($0, state) } ?? TableRow([""])
        }
        let empty = queue.query.text.isEmpty ? DashboardText.emptyQueue : DashboardText.emptyFilter
        Table(
            columns: columns(language), rows: rows, scrollOffset: queue.scrollTop,
            selectedRow: queue.total == 0 ? nil : queue.selected, focused: focused,
            emptyMessage: empty.text(language)
        )
        .render(into: &canvas, area: block.inner(area), theme: theme)
    }

    static func columns(_ language: Language) -> [TableColumn] {
        [
            TableColumn(Labels.columnAge.text(language), width: .fixed(6), alignment: .right),
            TableColumn(Labels.columnStatus.text(language), width: .fixed(10)),
            TableColumn(Labels.opd.text(language), width: .fixed(12)),
            TableColumn(Labels.columnTitle.text(language), width: .fill(1)),
        ]
    }

    static func row(_ item: QueueItem, _ state: DashboardState) -> TableRow {
        let language = state.language
        let age = max(0, Int(state.now.timeIntervalSince(item.submittedAt) / 86_400))
        let overdue = age > state.context.overdueDays
        let unit = language == .id ? "h" : "d"
        let ageCell =
            overdue ? TableCell("!\(age)\(unit)", role: .overdue) : TableCell("\(age)\(unit)")
        return TableRow(cells: [
            ageCell, TableCell(item.status.label.text(language), role: statusRole(item.status)),
            TableCell(item.agencyCode), TableCell(item.title),
        ])
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
