/// What `inovasi export KIND` writes: a group of the store's tables. A table a later schema adds
/// joins the group whose prefix it carries, and every table is in ``all``.
public enum ExportKind: String, CaseIterable, Sendable {
    case all, opds, bidang, aliases, users, innovations, proposals, assignments, sessions, audit

    /// The tables in their export order: parents first (an import inserts in this order), the
    /// audit log last; tables this build does not name follow the ones it does, by name.
    public static let order = [
        "agency", "division", "agency_alias", "user", "proposal", "innovation", "innovation_stage", "iid_evidence",
        "assignment",
        "review_score", "mentoring_session", "session_agency", "session_innovation",
        "session_attendance",
    ]

    /// Whether `table` belongs to this kind.
    public func contains(_ table: String) -> Bool {
        switch self {
        case .all: true
        case .opds: table == "agency"
        case .bidang: table == "division"
        case .aliases: table == "agency_alias"
        case .users: table == "user"
        case .innovations: table.hasPrefix("innovation")
        case .proposals: table.hasPrefix("proposal") || table.hasPrefix("review")
        case .assignments: table == "assignment"
        case .sessions: table.hasPrefix("session") || table == "mentoring_session"
        case .audit: table == "audit_log"
        }
    }

    /// Sorts table names into the export order.
    static func sorted(_ tables: [String]) -> [String] {
        let known = order.filter(tables.contains)
        let others = tables.filter { !order.contains($0) && $0 != "audit_log" }.sorted()
        return known + others + (tables.contains("audit_log") ? ["audit_log"] : [])
    }
}
