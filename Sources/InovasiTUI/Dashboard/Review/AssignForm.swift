import InovasiCore

/// The reviewer picker for assigning one or several proposals: a list narrowed by typing.
public struct AssignForm: Hashable, Sendable {
    /// Proposal id → the version the person saw (absent when not known).
    public var targets: [Int64: Int64]
    /// Who holds each target now, where known: moving them to someone else asks first.
    public var holders: [Int64: String] = [:]
    /// The people who may review, to choose from; empty until loaded.
    public var reviewers: [User] = []
    /// Whether the reviewer list has arrived, so the form can say "loading" meanwhile.
    public var isLoaded = false
    /// No fields until the list arrives, then `reviewer` (a pick list of the reviewers).
    public var form = FormModel(fields: [], submitLabel: ReviewText.assignButton)

    /// A picker for `targets` (proposal id → version seen); the reviewer list loads afterwards.
    public init(targets: [Int64: Int64]) {
        self.targets = targets
    }

    /// Fills the list with the reviewers the store sent.
    public mutating func load(_ users: [User], _ language: Language) {
        reviewers = users
        isLoaded = true
        guard !users.isEmpty else { return }
        let list = PickList(options: users.map { Self.option($0, language) })
        form = FormModel(
            fields: [FormField("reviewer", ReviewText.reviewer, .pick(list), isRequired: true)],
            submitLabel: ReviewText.assignButton)
    }

    /// The person picked, if any.
    public var selected: User? {
        guard case .pick(let list) = form["reviewer"]?.kind, let option = list.value.first,
            let index = list.options.firstIndex(of: option), reviewers.indices.contains(index)
        else { return nil }
        return reviewers[index]
    }

    /// Moving proposals another reviewer holds asks first, naming them (#id and holder).
    func issues(_ form: FormModel) -> FormIssues {
        guard let user = selected else { return .none }
        let held = targets.keys.sorted().compactMap { id in
            holders[id].flatMap { $0 == user.name ? nil : (id: id, holder: $0) }
        }
        return held.isEmpty ? .none : FormIssues(question: ReviewBatchText.reassign(held, to: user.name))
    }

    /// The form with the options said in `language`, so `L` re-translates the roles on screen.
    func form(in language: Language) -> FormModel {
        var shown = form
        if case .pick(var list) = shown["reviewer"]?.kind, list.options.count == reviewers.count {
            list.options = reviewers.map { Self.option($0, language) }
            shown["reviewer"]?.kind = .pick(list)
        }
        return shown
    }

    /// "budi.s — Budi Santoso (Penilai)".
    static func option(_ user: User, _ language: Language) -> String {
        let name = user.displayName.isEmpty ? user.name : "\(user.name) — \(user.displayName)"
        return "\(name) (\(user.role.label.text(language)))"
    }
}
