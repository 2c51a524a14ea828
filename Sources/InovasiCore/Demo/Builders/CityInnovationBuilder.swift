import Foundation

/// Builds Kota Cilegon's ~250 innovations: the real ones, main innovations with gaps, adopted proposals.
///
/// Some OPDs and many bidang deliberately have no main innovation, and only 19 of 43 kelurahan
/// have any innovation at all (the city's real 2023 figure), so the dashboard has gaps to show.
struct CityInnovationBuilder {
    static let targetCount = 250
    static let opdsWithoutMain = 5
    static let districtsWithoutMain = 2
    static let activeVillageCount = 19
    static let villagesWithMain = 12
    /// Kelurahan the real innovations belong to; always active.
    static let realVillageCodes = ["KEL-KETILENG", "KEL-PURWAKARTA"]

    let directory: AgencyDirectory
    let clock: DemoClock
    let seed: UInt64

    /// Kelurahan (agency indices) that have innovations; also the only ones that propose.
    func activeVillages() -> [Int] {
        var rng = SplitMix64(seed: seed, stream: .proposalAgencyPool)
        let villages = directory.indices(of: .kelurahan)
        let real = Self.realVillageCodes.compactMap { directory.index(ofCode: $0) }
        let others = rng.sample(villages.filter { !real.contains($0) }, count: Self.activeVillageCount - real.count)
        return (real + others).sorted()
    }

    /// The innovations with ids 1…n; `adopted` are approved proposals, which become innovations.
    func build(adopted: [Proposal]) -> [Innovation] {
        var rng = SplitMix64(seed: seed, stream: .innovations)
        var maker = InnovationMaker(directory: directory, clock: clock)
        var result = realInnovations(maker: &maker)
        let villages = activeVillages()
        result += mainInnovations(villages: villages, existing: result, maker: &maker, rng: &rng)
        for proposal in adopted {
            maker.reserve(proposal.title, scope: "")
            result.append(adoptedInnovation(from: proposal, rng: &rng))
        }
        result += fillers(
            count: Self.targetCount - result.count, villages: villages, existing: result, maker: &maker, rng: &rng)
        return result.enumerated().map { offset, innovation in
            var numbered = innovation
            numbered.id = Int64(offset + 1)
            return numbered
        }
    }

    private func realInnovations(maker: inout InnovationMaker) -> [Innovation] {
        RealInnovations.all.compactMap { entry in
            guard let agencyIndex = directory.index(ofCode: entry.agencyCode) else { return nil }
            maker.reserve(entry.title, scope: "")
            let divisionID = entry.divisionName
                .flatMap { directory.divisionIndex(named: $0, inAgencyAt: agencyIndex) }
                .map { directory.divisions[$0].id }
            let startDay = clock.today - entry.startedDaysAgo
            return Innovation(
                title: entry.title, agencyID: directory.agencies[agencyIndex].id, divisionID: divisionID,
                form: entry.form, kind: entry.kind, stage: .implementation, initiatorKind: entry.initiatorKind,
                initiatorName: entry.initiatorName, affair: entry.affair, isMain: entry.isMain, summary: entry.summary,
                startedOn: clock.start(ofDay: startDay), stageChangedOn: clock.start(ofDay: startDay + 180))
        }
    }

    /// Agencies (indices) that carry a main innovation: most OPDs and kecamatan, some kelurahan.
    func agenciesWithMain(villages: [Int]) -> [Int] {
        var rng = SplitMix64(seed: seed, stream: .innovations, index: 1)
        let protected = ["DINKES"].compactMap { directory.index(ofCode: $0) }
        let opds = directory.opdIndices
        let withoutMain = rng.sample(opds.filter { !protected.contains($0) }, count: Self.opdsWithoutMain)
        let districts = directory.indices(of: .kecamatan)
        let districtsWithout = rng.sample(districts, count: Self.districtsWithoutMain)
        let real = Self.realVillageCodes.compactMap { directory.index(ofCode: $0) }
        let otherVillages = rng.sample(
            villages.filter { !real.contains($0) }, count: Self.villagesWithMain - real.count)
        let chosen =
            opds.filter { !withoutMain.contains($0) } + districts.filter { !districtsWithout.contains($0) }
            + real + otherVillages
        return chosen.sorted()
    }

    private func mainInnovations(
        villages: [Int], existing: [Innovation], maker: inout InnovationMaker, rng: inout SplitMix64
    ) -> [Innovation] {
        var result: [Innovation] = []
        for agencyIndex in agenciesWithMain(villages: villages) {
            let agencyID = directory.agencies[agencyIndex].id
            let hasMain = existing.contains { $0.agencyID == agencyID && $0.divisionID == nil && $0.isMain }
            if !hasMain {
                result.append(
                    maker.make(agencyIndex: agencyIndex, divisionIndex: nil, isMain: true, scope: "", rng: &rng))
            }
            let chance = directory.agencies[agencyIndex].kind == .kelurahan ? 0.0 : 0.45
            for divisionIndex in directory.divisionsByAgency[agencyIndex] where rng.chance(chance) {
                let divisionID = directory.divisions[divisionIndex].id
                if existing.contains(where: { $0.divisionID == divisionID && $0.isMain }) { continue }
                result.append(
                    maker.make(
                        agencyIndex: agencyIndex, divisionIndex: divisionIndex, isMain: true, scope: "", rng: &rng))
            }
        }
        return result
    }

    private func adoptedInnovation(from proposal: Proposal, rng: inout SplitMix64) -> Innovation {
        let approvedDay = clock.dayNumber(of: proposal.updatedAt)
        var innovation = proposal.adoptedInnovation(on: clock.start(ofDay: approvedDay))
        let age = clock.today - approvedDay
        if age > 120 {
            innovation.stage = age > 360 ? .implementation : .trial
            innovation.stageChangedOn = clock.start(ofDay: approvedDay + rng.int(in: 60...min(age, 300)))
        }
        return innovation
    }

    private func fillers(
        count: Int, villages: [Int], existing: [Innovation], maker: inout InnovationMaker, rng: inout SplitMix64
    ) -> [Innovation] {
        guard count > 0 else { return [] }
        var perAgency = Array(repeating: 0, count: directory.agencies.count)
        for innovation in existing { perAgency[Int(innovation.agencyID) - 1] += 1 }
        var result: [Innovation] = []
        for village in villages where perAgency[village] == 0 && result.count < count {
            result.append(maker.make(agencyIndex: village, divisionIndex: nil, isMain: false, scope: "", rng: &rng))
            perAgency[village] += 1
        }
        let candidates = directory.opdIndices + directory.indices(of: .kecamatan) + villages
        let weights = candidates.map {
            directory.agencies[$0].kind == .kelurahan ? 1 : (directory.agencies[$0].kind == .kecamatan ? 2 : 5)
        }
        while result.count < count {
            let agencyIndex = candidates[rng.weightedIndex(weights)]
            if directory.agencies[agencyIndex].kind == .kelurahan, perAgency[agencyIndex] >= 3 { continue }
            let divisions = directory.divisionsByAgency[agencyIndex]
            let division = !divisions.isEmpty && rng.chance(0.5) ? rng.element(of: divisions) : nil
            result.append(
                maker.make(agencyIndex: agencyIndex, divisionIndex: division, isMain: false, scope: "", rng: &rng))
            perAgency[agencyIndex] += 1
        }
        return result
    }
}
