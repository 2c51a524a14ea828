/// Adds about five innovations per agency of the other regions, most of them with a main innovation.
enum NationalInnovationBuilder {
    static let perAgency = 2...8
    static let mainShare = 0.8
    static let divisionMainShare = 0.4

    /// Innovations of agencies from `firstIndex` on, numbered after `existingCount`.
    static func build(
        directory: AgencyDirectory, clock: DemoClock, seed: UInt64, from firstIndex: Int, existingCount: Int
    ) -> [Innovation] {
        var rng = SplitMix64(seed: seed, stream: .nationalInnovations)
        var maker = InnovationMaker(directory: directory, clock: clock)
        var result: [Innovation] = []
        for agencyIndex in firstIndex..<directory.agencies.count {
            let scope = directory.agencies[agencyIndex].code
            let divisions = directory.divisionsByAgency[agencyIndex]
            let total = rng.int(in: perAgency)
            var made = 0
            if rng.chance(mainShare) {
                result.append(
                    maker.make(agencyIndex: agencyIndex, divisionIndex: nil, isMain: true, scope: scope, rng: &rng))
                made += 1
                for division in divisions where made < total && rng.chance(divisionMainShare) {
                    result.append(
                        maker.make(
                            agencyIndex: agencyIndex, divisionIndex: division, isMain: true, scope: scope, rng: &rng))
                    made += 1
                }
            }
            while made < total {
                let division = !divisions.isEmpty && rng.chance(0.5) ? rng.element(of: divisions) : nil
                result.append(
                    maker.make(
                        agencyIndex: agencyIndex, divisionIndex: division, isMain: false, scope: scope, rng: &rng))
                made += 1
            }
        }
        return result.enumerated().map { offset, innovation in
            var numbered = innovation
            numbered.id = Int64(existingCount + offset + 1)
            return numbered
        }
    }
}
