import InovasiCore

/// One OPD of an import file, already checked by the importer: what the store should hold under its
/// code. The code identifies the OPD (compared ignoring case), so importing the same file again
/// changes nothing.
public struct AgencyImportRow: Hashable, Sendable, Codable {
    /// The OPD's code, the key of the import.
    public var code: String
    /// Its full name.
    public var name: String
    /// Its usual short name (`Dinkes`); read from the file, not yet written (see DECISIONS).
    public var shortName: String?
    /// Its kind.
    public var kind: AgencyKind
    /// The code of the kecamatan a kelurahan sits under, in the file or already in the store.
    public var parentCode: String?
    /// Its bidang or seksi by name; those the store lacks are added, none is removed.
    public var divisions: [String]

    /// A row as the importer built it.
    public init(
        code: String, name: String, shortName: String? = nil, kind: AgencyKind, parentCode: String? = nil,
        divisions: [String] = []
    ) {
        self.code = code
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.parentCode = parentCode
        self.divisions = divisions
    }
}

/// An OPD the import changes: as it is, and the row it becomes.
public struct AgencyImportChange: Hashable, Sendable {
    /// The OPD as the store holds it.
    public let before: Agency
    /// The code of its parent as the store holds it.
    public let beforeParentCode: String?
    /// What the file says it is.
    public let row: AgencyImportRow
}

/// A bidang the import adds to an OPD.
public struct AgencyImportDivision: Hashable, Sendable, Codable {
    /// The code of its OPD.
    public let code: String
    /// Its name.
    public let name: String
}

/// What an import of OPDs adds and changes, for `--dry-run` to show and the write to apply.
public struct AgencyImportPlan: Hashable, Sendable {
    /// OPDs whose code the store does not hold yet.
    public var added: [AgencyImportRow] = []
    /// OPDs whose name, kind or parent differ from the file.
    public var changed: [AgencyImportChange] = []
    /// Bidang the store lacks, of new and existing OPDs.
    public var divisionsAdded: [AgencyImportDivision] = []
    /// Rows that change nothing.
    public var unchanged = 0

    /// Whether the import would change nothing (the same file imported again).
    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && divisionsAdded.isEmpty }
}
