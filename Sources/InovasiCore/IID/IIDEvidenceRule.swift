/// Who may enter IID evidence, one rule for the store, the command line and the dashboard.
///
/// The office (admins and its reviewers) keeps the whole region's evidence, SPD included; an OPD
/// operator gathers its own innovations' documents and may enter those, never another OPD's or the
/// region's. An external member of the tim independen scores proposals only, and supervisors and
/// viewers read.
public enum IIDEvidenceRule {
    /// Whether a user of `role` may enter any evidence at all.
    public static func mayEnter(_ role: Role) -> Bool {
        role == .admin || role == .reviewer || role == .operator
    }

    /// Whether `user` may enter evidence of an innovation run by `agencyID` (nil: the region's SPD).
    public static func mayEnter(_ user: User, agencyID: Int64?) -> Bool {
        switch user.role {
        case .admin: true
        case .reviewer: !user.isExternal
        case .operator: agencyID != nil && agencyID == user.agencyID
        case .supervisor, .viewer: false
        }
    }
}
