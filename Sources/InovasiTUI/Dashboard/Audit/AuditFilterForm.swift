import InovasiCore

/// `f` in the audit view: narrows the trail to a kind of record, a user and a text, on the form kit.
public struct AuditFilterForm: Hashable, Sendable {
    /// The query the form was opened on; its record (id) is kept when the kind stays.
    public var base: AuditQuery
    /// The fields: `entity` (a choice of ``entities``, "all" first), `user` and `text`.
    public var form: FormModel

    /// The kinds of record the store's audit rows name, in the order offered.
    public static let entities = [
        "proposal", "innovation", "agency", "division", "user", "review_score", "mentoring_session", "store",
        "import",
    ]

    /// A form holding `query`'s values.
    public init(_ query: AuditQuery) {
        base = query
        let options = [AuditText.allKinds] + Self.entities.map(AuditText.entityName)
        let selected = query.entity.flatMap { Self.entities.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        form = FormModel(
            fields: [
                FormField("entity", AuditText.entityField, .choice(options, selected: selected)),
                FormField("user", AuditText.userField, .text(TextInput(query.user ?? "")), maxLength: 100),
                FormField("text", AuditText.textField, .text(TextInput(query.text)), maxLength: 200),
            ], submitLabel: AuditText.apply)
    }

    /// The query the form describes.
    public var query: AuditQuery {
        var query = AuditQuery()
        if case .choice(_, let selected) = form["entity"]?.kind, selected > 0 {
            query.entity = Self.entities[selected - 1]
            if query.entity == base.entity { query.entityID = base.entityID }
        }
        let user = (form["user"]?.text ?? "").trimmingCharacters(in: .whitespaces)
        query.user = user.isEmpty ? nil : user
        query.text = (form["text"]?.text ?? "").trimmingCharacters(in: .whitespaces)
        return query
    }
}
