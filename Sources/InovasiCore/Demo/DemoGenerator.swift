import Foundation

/// Makes the demo data set: Kota Cilegon as it is, or a nation-sized load for performance work.
///
/// Everything comes from one seed through SplitMix64 streams, so the same scale, seed and `now`
/// give the same data on every machine; `now` anchors every date (the calendar's months, how long
/// proposals have waited), so a demo always looks current.
public enum DemoGenerator {
    /// Proposals of the city scale unless `proposalCount` says otherwise.
    public static let cityProposalCount = 120
    /// Proposals of the national scale unless `proposalCount` says otherwise.
    public static let nationalProposalCount = 100_000
    /// Sessions of the national calendar per 1 000 proposals (5.5 %: 5 500 at 100 000), spread
    /// over its regions' agencies; Kota Cilegon's own calendar counts towards them.
    public static let nationalSessionsPerThousand = 55
    /// The most a kelurahan's proposal asks for: about what a kelurahan can spend on one
    /// innovation from its own budget (Rp 50 juta).
    public static let villageBudgetCeiling: Int64 = 50_000_000

    /// Same scale + seed + now → same data. `proposalCount` overrides the scale's default
    /// (city 120, national 100 000); proposals are made lazily, one at a time, by index.
    public static func make(scale: DemoScale, seed: UInt64, now: Date, proposalCount: Int? = nil) -> DemoDataSet {
        let clock = DemoClock(now: now, zone: Settings.standard.timeZone)
        var directory = CityAgencyBuilder.build(seed: seed)
        let cityAgencyCount = directory.agencies.count
        let users = DemoUsers.make(directory: directory)
        let cityBuilder = CityInnovationBuilder(directory: directory, clock: clock, seed: seed)
        let cityPool = directory.opdIndices + directory.indices(of: .kecamatan) + cityBuilder.activeVillages()
        switch scale {
        case .city:
            let count = max(0, proposalCount ?? cityProposalCount)
            let factory = ProposalFactory(
                seed: seed, clock: clock, profile: ProposalFactory.cityProfile, directory: directory,
                proposerPool: cityPool, citizenPool: directory.opdIndices, reviewers: ReviewerPool(users: users))
            let approved = (0..<count).lazy.map { factory.make(index: $0).proposal }.filter { $0.status == .approved }
            let innovations = cityBuilder.build(adopted: Array(approved))
            let operators = DemoUsers.operators(of: cityPool + directory.opdIndices, directory: directory)
            return assemble(
                directory: directory, users: users + operators, innovations: innovations, clock: clock, seed: seed,
                cityAgencyCount: cityAgencyCount, count: count, factory: factory)
        case .national:
            let count = max(0, proposalCount ?? nationalProposalCount)
            let cityInnovations = cityBuilder.build(adopted: [])
            NationalAgencyBuilder.extend(&directory, seed: seed)
            let nationalInnovations = NationalInnovationBuilder.build(
                directory: directory, clock: clock, seed: seed, from: cityAgencyCount,
                existingCount: cityInnovations.count)
            let pool = cityPool + Array(cityAgencyCount..<directory.agencies.count)
            let factory = ProposalFactory(
                seed: seed, clock: clock, profile: ProposalFactory.nationalProfile, directory: directory,
                proposerPool: pool, citizenPool: directory.opdIndices, reviewers: ReviewerPool(users: users))
            let operators = DemoUsers.operators(of: pool + directory.opdIndices, directory: directory)
            return assemble(
                directory: directory, users: users + operators, innovations: cityInnovations + nationalInnovations,
                clock: clock, seed: seed, cityAgencyCount: cityAgencyCount, count: count,
                sessionTarget: count * nationalSessionsPerThousand / 1_000, factory: factory)
        }
    }

    private static func assemble(
        directory: AgencyDirectory, users: [User], innovations built: [Innovation], clock: DemoClock, seed: UInt64,
        cityAgencyCount: Int, count: Int, sessionTarget: Int = 0, factory: ProposalFactory
    ) -> DemoDataSet {
        let details = InnovationDetails(
            directory: directory, clock: clock, seed: seed,
            recorders: users.filter { $0.role == .reviewer }.map(\.name))
        let (innovations, stageHistory) = details.complete(built)
        let builder = SessionBuilder(
            directory: directory, cityAgencies: Array(0..<cityAgencyCount), innovations: innovations, clock: clock,
            seed: seed)
        let city = builder.build()
        let regional = NationalSessionBuilder(
            directory: directory, firstRegional: cityAgencyCount, innovations: innovations, clock: clock, seed: seed,
            count: max(0, sessionTarget - city.count)
        ).build()
        let sessions = SessionDetails(clock: clock, seed: seed).finish(builder.archive() + city + regional)
        var data = DemoDataSet(
            agencies: directory.agencies, divisions: directory.divisions, users: users, innovations: innovations,
            stageHistory: stageHistory, sessions: sessions, proposalCount: count,
            makeProposal: { factory.make(index: $0) })
        data.iidEvidence = IIDEvidenceBuilder(clock: clock, seed: seed, cityAgencies: 1...Int64(cityAgencyCount))
            .build(innovations)
        return data
    }
}
