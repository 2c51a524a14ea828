/// Names of inisiator as the office writes them, for innovations and proposals alike.
enum InitiatorNames {
    /// "Wali Kota Cilegon", "Dewi Kartika, S.K.M.", "Bidang Pelayanan Kesehatan, Dinas Kesehatan"…
    static func name(
        _ kind: InitiatorKind, agency: Agency, profile: AgencyProfile, divisionName: String?,
        rng: inout SplitMix64
    ) -> String {
        switch kind {
        case .regionalHead:
            return rng.chance(0.7) ? profile.regionHead : "Wakil " + profile.regionHead
        case .councilMember:
            return PeopleCorpus.person(&rng) + " (Anggota DPRD " + profile.regionName + ")"
        case .civilServant:
            return PeopleCorpus.civilServant(&rng)
        case .agency:
            guard let divisionName else { return agency.name }
            return divisionName + ", " + agency.name
        case .citizen:
            return PeopleCorpus.person(&rng)
        }
    }
}
