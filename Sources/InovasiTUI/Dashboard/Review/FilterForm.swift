import Foundation
import InovasiCore

/// The queue filter: a draft of the query, one field per part, applied on `Enter`.
public struct FilterForm: Hashable, Sendable {
    /// The query the form started from; parts the form does not show (the search text) stay.
    public var base: QueueQuery
    /// The fields: status, agency, form, kind, assignee, overdue, sort, order.
    public var form: FormModel

    /// The status sets the status field cycles through: waiting, each status alone, all.
    public static let statusChoices: [Set<ProposalStatus>] =
        [Set(ProposalStatus.waiting)] + ProposalStatus.allCases.map { [$0] } + [Set(ProposalStatus.allCases)]
    static let formChoices: [Set<InnovationForm>] = [[]] + InnovationForm.allCases.map { [$0] }
    static let kindChoices: [Set<InnovationKind>] = [[]] + InnovationKind.allCases.map { [$0] }

    /// A form starting from the queue's current query.
    public init(query: QueueQuery) {
        base = query
        let labels = ReviewText.filterRows
        func choice(_ index: Int, _ options: [Localized], _ selected: Int) -> FormField {
            FormField(Self.ids[index], labels[index], .choice(options, selected: max(0, selected)))
        }
        form = FormModel(
            fields: [
                choice(
                    0, Self.statusChoices.map(Self.statusLabel), Self.statusChoices.firstIndex(of: query.statuses) ?? 0),
                Self.agencyField(query.agencyCode),
                choice(2, Self.formChoices.map(Self.formLabel), Self.formChoices.firstIndex(of: query.forms) ?? 0),
                choice(3, Self.kindChoices.map(Self.kindLabel), Self.kindChoices.firstIndex(of: query.kinds) ?? 0),
                choice(
                    4, QueueQuery.Assignee.allCases.map(ReviewText.assignee),
                    QueueQuery.Assignee.allCases.firstIndex(of: query.assignee) ?? 0),
                FormField(Self.ids[5], labels[5], .yesNo(query.overdueOnly)),
                choice(
                    6, QueueQuery.Sort.allCases.map(ReviewText.sort),
                    QueueQuery.Sort.allCases.firstIndex(of: query.sort) ?? 0),
                choice(7, [ReviewText.ascending, ReviewText.descending], query.descending ? 1 : 0),
            ], submitLabel: ReviewText.apply)
    }

    static func agencyField(_ code: String) -> FormField {
        var field = FormField(ids[1], ReviewText.filterRows[1], .text(TextInput(code)))
        field.placeholder = ReviewText.any
        return field
    }

    static let ids = ["status", "agency", "form", "kind", "assignee", "overdue", "sort", "order"]

    /// The query the form says, on top of ``base``.
    public var query: QueueQuery {
        var query = base
        query.statuses = Self.statusChoices[choice("status")]
        query.agencyCode = (form["agency"]?.text ?? "").trimmingCharacters(in: .whitespaces).uppercased()
        query.forms = Self.formChoices[choice("form")]
        query.kinds = Self.kindChoices[choice("kind")]
        query.assignee = QueueQuery.Assignee.allCases[choice("assignee")]
        if case .yesNo(let flag) = form["overdue"]?.kind { query.overdueOnly = flag }
        query.sort = QueueQuery.Sort.allCases[choice("sort")]
        query.descending = choice("order") == 1
        return query
    }

    func choice(_ id: String) -> Int {
        if case .choice(_, let selected) = form[id]?.kind { return selected }
        return 0
    }

    static func statusLabel(_ statuses: Set<ProposalStatus>) -> Localized {
        Localized { QueueFilterText.statuses(statuses, $0) }
    }

    static func formLabel(_ forms: Set<InnovationForm>) -> Localized {
        forms.first?.label ?? ReviewText.any
    }

    static func kindLabel(_ kinds: Set<InnovationKind>) -> Localized {
        kinds.first?.label ?? ReviewText.any
    }
}
