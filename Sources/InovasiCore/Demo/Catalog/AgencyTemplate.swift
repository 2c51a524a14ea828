/// One kind of OPD as a city organises it: its code, name, kind and typical bidang.
///
/// The city scale uses it as Kota Cilegon names it; the national scale reuses it for other
/// regions with the region's name appended ("Dinas Kesehatan Kabupaten Sleman").
struct AgencyTemplate: Sendable {
    /// Code in Kota Cilegon, also the key that ties themes to agencies.
    let code: String
    /// Official name in Kota Cilegon.
    let name: String
    let kind: AgencyKind
    /// Bidang (or bagian, seksi) names; a generated agency gets 2–6 of them.
    let divisions: [String]
    /// Code prefix elsewhere; differs where Cilegon's structure is unusual (Bappedalitbang).
    let nationalCode: String
    /// Name before the region elsewhere, e.g. "Badan Perencanaan Pembangunan Daerah".
    let nationalName: String

    init(
        _ code: String, _ name: String, _ kind: AgencyKind, divisions: [String],
        nationalCode: String? = nil, nationalName: String? = nil
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.divisions = divisions
        self.nationalCode = nationalCode ?? code
        self.nationalName = nationalName ?? name
    }
}
