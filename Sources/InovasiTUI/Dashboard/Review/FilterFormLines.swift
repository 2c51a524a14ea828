import InovasiCore

/// The lines of the queue filter form: one row per part of the query, with its current choice.
enum FilterFormLines {
    static func lines(_ form: FilterForm, state: DashboardState) -> [FormView.Line] {
        let language = state.language
        let values = values(form, language)
        return ReviewText.filterRows.enumerated().map { index, label in
            let name = TextLayout.pad(label.text(language), toWidth: 18)
            let cursor = index == 1 && form.isEditingAgency ? "▏" : ""
            return FormView.Line(text: "\(name) ‹ \(values[index])\(cursor) ›", isSelected: form.row == index)
        }
    }

    static func values(_ form: FilterForm, _ language: Language) -> [String] {
        let query = form.query
        return [
            QueueFilterText.statuses(query.statuses, language),
            query.agencyCode.isEmpty && !form.isEditingAgency ? ReviewText.any.text(language) : query.agencyCode,
            query.forms.first?.label.text(language) ?? ReviewText.any.text(language),
            query.kinds.first?.label.text(language) ?? ReviewText.any.text(language),
            ReviewText.assignee(query.assignee).text(language),
            (query.overdueOnly ? ReviewText.yes : ReviewText.no).text(language),
            ReviewText.sort(query.sort).text(language),
            (query.descending ? ReviewText.descending : ReviewText.ascending).text(language),
        ]
    }
}

/// The queue's filter said in words, for the pane title and the form.
enum QueueFilterText {
    static func statuses(_ statuses: Set<ProposalStatus>, _ language: Language) -> String {
        if statuses == QueueQuery.standard.statuses { return ReviewText.waiting.text(language) }
        if statuses.count == ProposalStatus.allCases.count { return ReviewText.allStatuses.text(language) }
        return ProposalStatus.allCases.filter(statuses.contains).map { $0.label.text(language) }.joined(separator: "+")
    }

    /// The narrowing parts of the query, short, for the pane title ("Ditinjau · DINKES · milik saya").
    static func summary(_ query: QueueQuery, _ language: Language) -> [String] {
        var parts: [String] = []
        if query.statuses != QueueQuery.standard.statuses { parts.append(statuses(query.statuses, language)) }
        if !query.agencyCode.isEmpty { parts.append(query.agencyCode) }
        if let form = query.forms.first { parts.append(form.label.text(language)) }
        if let kind = query.kinds.first { parts.append(kind.label.text(language)) }
        if query.assignee != .anyone { parts.append(ReviewText.assignee(query.assignee).text(language)) }
        if query.overdueOnly { parts.append(DashboardText.overdueMark.text(language).lowercased()) }
        if query.sort != .age || query.descending {
            parts.append("↕ " + ReviewText.sort(query.sort).text(language) + (query.descending ? " ↓" : " ↑"))
        }
        return parts
    }
}
