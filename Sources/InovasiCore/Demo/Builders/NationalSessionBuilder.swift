import Foundation

/// The national scale's sessions beyond Kota Cilegon's: `count` of them spread evenly over the
/// working days of the same months (``SessionBuilder/span(_:)``), each serving 1–4 agencies of one
/// region, in the city's windows (never a holiday, never across the Friday prayer). Many sessions a
/// day is what a national calendar looks like; each region keeps a handful a month.
struct NationalSessionBuilder {
    let directory: AgencyDirectory
    /// The first agency index outside Kota Cilegon.
    let firstRegional: Int
    let innovations: [Innovation]
    let clock: DemoClock
    let seed: UInt64
    /// How many sessions to make.
    let count: Int

    /// `count` sessions in no particular order, not yet numbered (``SessionDetails`` does it).
    func build() -> [MentoringSession] {
        let regions = regionalAgencies()
        let (firstDay, lastDay) = SessionBuilder.span(clock)
        let days = (firstDay...lastDay).filter { clock.isWorkday($0) }
        guard count > 0, !regions.isEmpty, !days.isEmpty else { return [] }
        var rng = SplitMix64(seed: seed, stream: .nationalSessions)
        let owned = Dictionary(grouping: innovations, by: \.agencyID).mapValues { $0.map(\.id) }
        let kinds = SessionCorpus.kinds.filter { !$0.forRegions }
        var sessions: [MentoringSession] = []
        sessions.reserveCapacity(count)
        for index in 0..<count {
            let dayIndex = index * days.count / count
            let stage = min(4, dayIndex * 5 / days.count)
            let region = rng.element(of: regions)
            let kind = rng.element(of: kinds)
            sessions.append(
                session(day: days[dayIndex], stage: stage, region: region, kind: kind, owned: owned, rng: &rng))
        }
        return sessions
    }

    /// Agency indices outside Kota Cilegon grouped by region, in the order regions first appear.
    private func regionalAgencies() -> [[Int]] {
        var order: [String] = []
        var groups: [String: [Int]] = [:]
        for index in firstRegional..<directory.agencies.count {
            let region = directory.profiles[index].regionName
            if groups[region] == nil { order.append(region) }
            groups[region, default: []].append(index)
        }
        return order.compactMap { groups[$0] }
    }

    private func session(
        day: Int, stage: Int, region: [Int], kind: SessionCorpus.Kind, owned: [Int64: [Int64]],
        rng: inout SplitMix64
    ) -> MentoringSession {
        let (startsAt, endsAt) = SessionBuilder.window(day: day, morning: rng.chance(0.6), clock: clock)
        let isLaboratory = rng.chance(0.25)
        let served = rng.sample(region, count: rng.int(in: 1...4)).sorted()
        let agencyIDs = served.map { directory.agencies[$0].id }
        let candidates = agencyIDs.flatMap { owned[$0] ?? [] }
        let mode = SessionMode.allCases[rng.weightedIndex([45, 35, 20])]
        let status = SessionBuilder.status(
            endsAt: endsAt, cancelled: rng.chance(SessionBuilder.cancelledShare), now: clock.now)
        return MentoringSession(
            title: isLaboratory ? SessionCorpus.laboratoryTitle(stage: stage) : kind.title,
            startsAt: startsAt, endsAt: endsAt,
            location: location(mode, region: directory.profiles[served[0]].regionName, rng: &rng), mode: mode,
            speakerName: PeopleCorpus.speaker(&rng),
            speakerInstitution: isLaboratory ? SessionCorpus.lan : rng.element(of: kind.institutions),
            agencyIDs: agencyIDs, innovationIDs: rng.sample(candidates, count: rng.int(in: 0...3)).sorted(),
            status: status, notes: SessionCorpus.notes(for: status, rng: &rng),
            labStage: isLaboratory ? LabStage.allCases[stage] : nil)
    }

    private func location(_ mode: SessionMode, region: String, rng: inout SplitMix64) -> String {
        let room = rng.element(of: SessionCorpus.regionalPlaces).replacingOccurrences(of: "{r}", with: region)
        let online = rng.element(of: SessionCorpus.regionalOnlinePlaces)
        switch mode {
        case .offline: return room
        case .online: return online
        case .hybrid: return room + " dan " + online
        }
    }

}
