/// Something a detail lists that a person can select with the cursor and act on: `Enter` opens a
/// proposal from the OPD detail, and the later issues' keys (edit, mark done, next stage, main
/// innovation) act on the selected item, whatever detail it is in.
public enum DetailItem: Hashable, Sendable {
    /// An innovation the OPD runs, by store id.
    case innovation(Int64)
    /// A proposal, by store id.
    case proposal(Int64)
    /// A bidang of the OPD, by store id.
    case division(Int64)
    /// A mentoring session, by store id.
    case session(Int64)
    /// An entry of a proposal's history, by audit-log id.
    case historyEntry(Int64)
    /// An OPD in the administration view, by store id.
    case agency(Int64)
    /// A user in the administration view, by login name.
    case user(String)
}
