import Foundation

/// The kind of an OPD, which decides how it is grouped and shown.
public enum AgencyKind: String, Codable, CaseIterable, Sendable, Comparable {
    case sekretariat, inspektorat, badan, dinas, satuan, rsud, kecamatan, kelurahan

    /// Sort order used when listing OPDs by kind.
    public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// Orders kinds by ``order``, so OPD lists group sekretariat first and kelurahan last.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}

/// An OPD (Organisasi Perangkat Daerah): a city agency that must run a main innovation.
public struct Agency: Codable, Hashable, Sendable, Identifiable {
    /// Store id; 0 before the agency is saved.
    public var id: Int64
    /// Short, stable code used on the command line (`--opd DINKES`).
    public var code: String
    /// Full official name, e.g. "Dinas Kesehatan".
    public var name: String
    /// What sort of OPD it is; decides its group in lists and whether it may have a parent.
    public var kind: AgencyKind
    /// The kecamatan a kelurahan sits under; nil for every other kind.
    public var parentID: Int64?
    /// The abbreviation people write in letters and spreadsheets ("Dinkes", "Kec. Cibeber"); may be
    /// empty. The importer finds an OPD by it as well as by code and name.
    public var shortName: String
    /// False once an admin deactivates the OPD: it keeps its history but leaves the progress pane.
    public var isActive: Bool

    /// An OPD as entered or read back; leave `id` at 0 and the store assigns one when it saves.
    public init(
        id: Int64 = 0, code: String, name: String, kind: AgencyKind, parentID: Int64? = nil, shortName: String = "",
        isActive: Bool = true
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.shortName = shortName
        self.isActive = isActive
    }

    enum CodingKeys: String, CodingKey {
        case id, code, name, kind, parentID, shortName, isActive
    }

    /// Reads an agency written before short names and deactivation existed as active, without a short name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Int64.self, forKey: .id)
        code = try container.decode(String.self, forKey: .code)
        name = try container.decode(String.self, forKey: .name)
        kind = try container.decode(AgencyKind.self, forKey: .kind)
        parentID = try container.decodeIfPresent(Int64.self, forKey: .parentID)
        shortName = try container.decodeIfPresent(String.self, forKey: .shortName) ?? ""
        isActive = try container.decodeIfPresent(Bool.self, forKey: .isActive) ?? true
    }
}

/// A bidang: a division inside an OPD, which must also run a main innovation.
public struct Division: Codable, Hashable, Sendable, Identifiable {
    /// Store id; 0 before the bidang is saved.
    public var id: Int64
    /// The OPD the bidang belongs to; its main innovation counts towards that OPD's Instruksi duty.
    public var agencyID: Int64
    /// The bidang's official name, e.g. "Bidang Pelayanan Kesehatan".
    public var name: String

    /// A bidang of the OPD `agencyID`; leave `id` at 0 and the store assigns one when it saves.
    public init(id: Int64 = 0, agencyID: Int64, name: String) {
        self.id = id
        self.agencyID = agencyID
        self.name = name
    }
}
