import InovasiCore

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
