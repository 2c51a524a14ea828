/// What one proposal's text is about, with the numbers its sentences quote, drawn once.
struct ProposalTextContext: Sendable {
    let theme: InnovationTheme
    /// Name of the innovation, as in the title.
    let name: String
    let agencyName: String
    /// The bidang that proposes, or the agency when none does.
    let unitName: String
    /// Where the trial runs: "Kecamatan Jombang", "Kabupaten Sleman".
    let place: String
    /// Whether the agency is Kota Cilegon's (text may then name Cilegon's own rules and office).
    let isCilegon: Bool
    let isDigital: Bool
    /// People in the trial group.
    let pilotSize: Int
    /// Current and targeted share of `theme.metric`, in percent.
    let baselinePercent: Int
    let targetPercent: Int
    /// Working days a service takes now and should take.
    let daysBefore: Int
    let daysAfter: Int
    /// Targeted satisfaction index (0–100 scale).
    let satisfaction: Int

    init(
        theme: InnovationTheme, name: String, agencyName: String, unitName: String, place: String,
        isCilegon: Bool, isDigital: Bool, rng: inout SplitMix64
    ) {
        self.theme = theme
        self.name = name
        self.agencyName = agencyName
        self.unitName = unitName
        self.place = place
        self.isCilegon = isCilegon
        self.isDigital = isDigital
        pilotSize = rng.int(in: 3...40) * 25
        baselinePercent = rng.int(in: 20...65)
        targetPercent = min(98, baselinePercent + rng.int(in: 10...30))
        daysBefore = rng.int(in: 5...21)
        daysAfter = rng.int(in: 1...max(1, daysBefore / 3))
        satisfaction = rng.int(in: 80...90)
    }
}
