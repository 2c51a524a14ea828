/// One thing ``Store/check()`` found wrong with the file: what kind, and where.
public struct IntegrityProblem: Sendable, Hashable {
    /// Stable key for scripts: `integrity`, `foreignKey`, `status`, `approvedWithoutInnovation`,
    /// `agencyParent`, `scoreRange`, `version`, `role`, `stageHistory` (an innovation's stage is not its
    /// history's last step), `schemaVersion` (the header's and `meta`'s schema version marks disagree), `keptCount` (an
    /// OPD's kept proposal count for a status is not a recount's: the detail says both).
    public var kind: String
    /// The table and id or SQLite's own words, for a person to find the row.
    public var detail: String

    /// A problem found by a check; public so other checks (e.g. of an export) can report alike.
    public init(kind: String, detail: String) {
        self.kind = kind
        self.detail = detail
    }
}
