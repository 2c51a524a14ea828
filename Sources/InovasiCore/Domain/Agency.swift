import Foundation

/// The kind of an OPD, which decides how it is grouped and shown.
public enum AgencyKind: String, Codable, CaseIterable, Sendable, Comparable {
    case sekretariat, inspektorat, badan, dinas, satuan, rsud, kecamatan, kelurahan

    /// Sort order used when listing OPDs by kind.
    public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

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
    public var kind: AgencyKind
    /// The kecamatan a kelurahan sits under; nil for every other kind.
    public var parentID: Int64?

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
    public var id: Int64
    public var agencyID: Int64
    public var name: String

    public init(id: Int64 = 0, agencyID: Int64, name: String) {
        self.id = id
        self.agencyID = agencyID
        self.name = name
    }
}
