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

    /// An OPD as entered or read back; leave `id` at 0 and the store assigns one when it saves.
    public init(id: Int64 = 0, code: String, name: String, kind: AgencyKind, parentID: Int64? = nil) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.parentID = parentID
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
