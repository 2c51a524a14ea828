import InovasiCore

extension Store {
    /// Whose proposals the queue shows: a reviewer's own, the ones nobody holds yet, or all.
    public enum AssigneeFilter: Sendable, Hashable {
        /// Held by anyone or no one: no narrowing.
        case anyone
        /// Held by no reviewer (no assignment).
        case unassigned
        /// Held by this user (a Unix login name).
        case user(String)
    }

    /// The order of the queue; each has a natural direction, which ``QueueFilter/descending`` reverses.
    /// Ties are broken by submission time and then id, so pages never overlap or skip.
    public enum QueueSort: String, Sendable, Hashable, CaseIterable {
        /// Waiting longest first (oldest submission first).
        case age
        /// Best mean weighted score first; unscored proposals last.
        case score
        /// By the OPD's code, A to Z.
        case agency
        /// By title, A to Z (ASCII letters compared without case).
        case title
    }
}
