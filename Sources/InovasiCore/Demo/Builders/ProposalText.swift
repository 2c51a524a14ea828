/// Builds a proposal's title and texts from a theme and the sentence corpora.
enum ProposalText {
    /// The four long texts of a proposal.
    struct Texts: Sendable {
        let design: String
        let goal: String
        let benefit: String
        let expectedResult: String
    }

    private static let qualifiers = ["Terpadu", "Plus", "Ramah Disabilitas", "Terintegrasi", "Berbasis Komunitas"]

    /// The name as is, or with its place or a qualifier, so that titles vary.
    static func title(
        _ name: String, agency: Agency, profile: AgencyProfile, place: String, rng: inout SplitMix64
    ) -> String {
        let roll = rng.unit()
        if roll < 0.55 { return name }
        if roll < 0.8 {
            if !profile.isCilegon { return name + " " + profile.regionName }
            if agency.kind == .kecamatan || agency.kind == .kelurahan { return name + " " + agency.name }
            return name + " di " + place
        }
        let qualifier = rng.element(of: qualifiers)
        return name.contains(")" as Character) || name.hasSuffix(qualifier) ? name : name + " " + qualifier
    }

    /// Texts whose length grows with `fullness` (0…1): from a few hundred bytes to about 2 KB.
    static func texts(_ context: ProposalTextContext, fullness: Double, rng: inout SplitMix64) -> Texts {
        Texts(
            design: design(context, fullness: fullness, rng: &rng),
            goal: goal(context, fullness: fullness, rng: &rng),
            benefit: benefit(context, fullness: fullness, rng: &rng),
            expectedResult: expectedResult(context, fullness: fullness, rng: &rng))
    }

    private static func design(_ context: ProposalTextContext, fullness: Double, rng: inout SplitMix64) -> String {
        var parts = [
            rng.element(of: DesignSentences.problem)(context), rng.element(of: DesignSentences.change)(context),
        ]
        let mechanisms = context.isDigital ? DesignSentences.digital : DesignSentences.manual
        let mechanismCount = 1 + Int(fullness * 2.99 * rng.unit())
        for sentence in rng.sample(mechanisms, count: mechanismCount) { parts.append(sentence(context)) }
        let optional = [
            DesignSentences.trial, DesignSentences.governance, DesignSentences.monitoring,
            DesignSentences.sustainability,
        ]
        for group in optional where rng.chance(fullness) { parts.append(rng.element(of: group)(context)) }
        return parts.joined(separator: " ")
    }

    private static func goal(_ context: ProposalTextContext, fullness: Double, rng: inout SplitMix64) -> String {
        let main = rng.element(of: OutcomeSentences.goal)(context)
        guard rng.chance(fullness * 0.7) else { return main }
        return main + " " + rng.element(of: OutcomeSentences.goalAddition)(context)
    }

    private static func benefit(_ context: ProposalTextContext, fullness: Double, rng: inout SplitMix64) -> String {
        let count = 1 + (rng.chance(fullness) ? 1 : 0)
        return rng.sample(OutcomeSentences.benefit, count: count).map { $0(context) }.joined(separator: " ")
    }

    private static func expectedResult(
        _ context: ProposalTextContext, fullness: Double, rng: inout SplitMix64
    ) -> String {
        let further = Int(fullness * 2.99 * rng.unit())
        let sentences = [OutcomeSentences.measuredResult] + rng.sample(OutcomeSentences.furtherResult, count: further)
        return sentences.map { $0(context) }.joined(separator: " ")
    }

    /// A budget in whole rupiah from Rp15.000.000 to Rp750.000.000, rounded as offices round; a
    /// kelurahan's stays within what a kelurahan can spend (Rp15.000.000 to
    /// ``DemoGenerator/villageBudgetCeiling``).
    static func budget(isDigital: Bool, isVillage: Bool = false, rng: inout SplitMix64) -> Int64 {
        let bands: [ClosedRange<Int64>] = [
            15_000_000...50_000_000, 50_000_000...150_000_000, 150_000_000...400_000_000,
            400_000_000...750_000_000,
        ]
        let drawn = bands[rng.weightedIndex(isDigital ? [20, 35, 30, 15] : [35, 35, 20, 10])]
        let band = isVillage ? 15_000_000...DemoGenerator.villageBudgetCeiling : drawn
        let steps: [Int64] = [1_000_000, 500_000, 100_000, 5_000, 1_000]
        let step = steps[rng.weightedIndex([40, 25, 20, 10, 5])]
        let lowSteps = Int((band.lowerBound + step - 1) / step)
        let highSteps = Int(band.upperBound / step)
        return Int64(rng.int(in: lowSteps...highSteps)) * step
    }
}
