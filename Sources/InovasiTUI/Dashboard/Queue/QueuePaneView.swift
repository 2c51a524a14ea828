import InovasiCore

/// The review queue: waiting proposals, oldest first, with age, status, OPD, title, score and
/// reviewer as the width allows (`QueueColumns`: the sort column always shows); overdue rows
/// marked with "!" and the overdue role, so the mark survives without colour.
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
        let shown = QueueColumns.choose(width: inner.width, sort: queue.query.sort)
        let rows = (queue.scrollTop..<min(queue.total, queue.scrollTop + visible)).map { index in
            queue.item(at: index).map { row($0, state, columns: shown) } ?? TableRow([""])
        }
        let empty =
            queue.query.text.isEmpty && !queue.query.isFiltered ? QueueText.emptyQueue : DashboardText.emptyFilter
        Table(
            columns: columns(language, shown), rows: rows, scrollOffset: queue.scrollTop,
            selectedRow: queue.total == 0 ? nil : queue.selected, focused: focused,
            emptyMessage: empty.text(language)
        )
        .render(into: &canvas, area: inner, theme: theme)
    }

    /// The table's columns for the chosen `shown` (see `QueueColumns`).
    static func columns(_ language: Language, _ shown: [QueueColumn]) -> [TableColumn] {
        shown.map { column in
            let width: Constraint = column.fixedWidth.map { .fixed($0) } ?? .fill(1)
            switch column {
            case .mark: return TableColumn("", width: width)
            case .age: return TableColumn(QueueText.columnAge.text(language), width: width, alignment: .right)
            case .status: return TableColumn(QueueText.columnStatus.text(language), width: width)
            case .agency: return TableColumn(LabelText.opd.text(language), width: width)
            case .title: return TableColumn(QueueText.columnTitle.text(language), width: width)
            case .score: return TableColumn(QueueText.columnScore.text(language), width: width, alignment: .right)
            case .assignee: return TableColumn(LabelText.assignee.text(language), width: width)
            }
        }
    }

    /// One proposal's cells for the chosen `columns`.
    static func row(_ item: QueueItem, _ state: DashboardState, columns: [QueueColumn]) -> TableRow {
        TableRow(cells: columns.map { cell($0, item, state) })
    }

    static func cell(_ column: QueueColumn, _ item: QueueItem, _ state: DashboardState) -> TableCell {
        let language = state.language
        switch column {
        case .mark: return state.queue.marks[item.id] != nil ? TableCell("●", role: .warning) : TableCell("")
        case .age:
            let rule = OverdueRule(now: state.now, overdueDays: state.context.overdueDays)
            let age = rule.ageInDays(submittedAt: item.submittedAt)
            let unit = QueueText.dayUnit.text(language)
            return rule.isOverdue(status: item.status, submittedAt: item.submittedAt)
                ? TableCell("!\(age)\(unit)", role: .overdue) : TableCell("\(age)\(unit)")
        case .status: return TableCell(item.status.label.text(language), role: statusRole(item.status))
        case .agency: return TableCell(item.agencyCode)
        case .title: return TableCell(item.title)
        case .score: return QueueScoreCell.cell(item, language)
        case .assignee: return TableCell(item.assignee ?? "—")
        }
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
