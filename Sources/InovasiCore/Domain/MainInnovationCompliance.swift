/// Instruksi 1/2022 at a glance: how many perangkat daerah, kecamatan, kelurahan and bidang run a
/// main innovation. Every total is counted from the store's OPDs by kind, never a fixed number.
public struct MainInnovationCompliance: Hashable, Sendable {
    /// A share: how many of `total` have a main innovation.
    public struct Share: Hashable, Sendable {
        /// Those with a main innovation.
        public var met: Int
        /// All of them; 0 when the store has none of the kind.
        public var total: Int

        /// A share of `met` out of `total`.
        public init(met: Int, total: Int) {
            self.met = met
            self.total = total
        }
    }

    /// The perangkat daerah (sekretariat, inspektorat, badan, dinas, satuan, RSUD), kecamatan aside.
    public var agencies: Share
    /// Kecamatan, on their own line.
    public var districts: Share
    /// Kelurahan, on their own line.
    public var villages: Share
    /// Bidang of every OPD, kecamatan and kelurahan.
    public var divisions: Share

    /// The kinds counted as perangkat daerah in `agencies`; kecamatan and kelurahan are reported apart.
    public static let agencyKinds: Set<AgencyKind> = [.sekretariat, .inspektorat, .badan, .dinas, .satuan, .rsud]

    /// Counts `rows` (one per OPD, as the store's progress gives them).
    public init(rows: [AgencyProgress]) {
        agencies = Self.share(rows.filter { Self.agencyKinds.contains($0.agency.kind) })
        districts = Self.share(rows.filter { $0.agency.kind == .kecamatan })
        villages = Self.share(rows.filter { $0.agency.kind == .kelurahan })
        divisions = Share(
            met: rows.reduce(0) { $0 + $1.divisionsWithMain }, total: rows.reduce(0) { $0 + $1.divisionsTotal })
    }

    static func share(_ rows: [AgencyProgress]) -> Share {
        Share(met: rows.filter(\.hasMainInnovation).count, total: rows.count)
    }
}
