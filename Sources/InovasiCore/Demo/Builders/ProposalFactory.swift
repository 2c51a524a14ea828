import Foundation

/// Makes proposal number `i` from (seed, i, now) alone, so any proposal can be made on its own
/// and 100 000 of them can be streamed without holding them.
struct ProposalFactory: Sendable {
    /// Choices that differ between the city and the national scale.
    struct Profile: Sendable {
        let mix: StatusMix
        /// Oldest a decided proposal may be, in days.
        let maxDecidedAgeDays: Int
        /// Oldest an overdue proposal may be, in days.
        let maxOverdueAgeDays: Int
        /// Range of text fullness (0…1): how many optional sentences the texts carry.
        let fullness: ClosedRange<Double>
    }

    static let cityProfile = Profile(mix: .city, maxDecidedAgeDays: 730, maxOverdueAgeDays: 60, fullness: 0.7...1.0)
    static let nationalProfile = Profile(
        mix: .national, maxDecidedAgeDays: 900, maxOverdueAgeDays: 120, fullness: 0.05...1.0)

    /// Fresh waiting proposals are at most this many days old, so never overdue at 14 days.
    static let freshMaxAgeDays = 12
    /// Overdue waiting proposals are at least this many days old.
    static let overdueMinAgeDays = 16

    let seed: UInt64
    let clock: DemoClock
    let profile: Profile
    let directory: AgencyDirectory
    /// Agencies (indices) that propose; `citizenPool` those a member of the public proposes to.
    let proposerPool: [Int]
    let citizenPool: [Int]
    let themeIndices: [[Int]]
    let reviewers: ReviewerPool

    init(
        seed: UInt64, clock: DemoClock, profile: Profile, directory: AgencyDirectory, proposerPool: [Int],
        citizenPool: [Int], reviewers: ReviewerPool
    ) {
        self.seed = seed
        self.clock = clock
        self.profile = profile
        self.directory = directory
        self.proposerPool = proposerPool
        self.citizenPool = citizenPool
        self.reviewers = reviewers
        themeIndices = directory.profiles.map { ThemeCatalog.themeIndices(forTemplate: $0.templateCode) }
    }

    /// Proposal number `index` (0-based), with id `index + 1`.
    func make(index: Int) -> DemoProposal {
        let id = Int64(index + 1)
        let slot = profile.mix.slot(index: index, seed: seed)
        var rng = SplitMix64(seed: seed, stream: .proposals, index: UInt64(index))
        let agencyIndex = rng.element(of: slot.fromCitizen ? citizenPool : proposerPool)
        let agency = directory.agencies[agencyIndex]
        let agencyProfile = directory.profiles[agencyIndex]
        let theme = ThemeCatalog.all[rng.element(of: themeIndices[agencyIndex])]
        let name = rng.element(of: theme.names)
        let divisions = directory.divisionsByAgency[agencyIndex]
        let divisionIndex =
            !slot.fromCitizen && !divisions.isEmpty && rng.chance(0.6) ? rng.element(of: divisions) : nil
        let divisionName = divisionIndex.map { directory.divisions[$0].name }
        let place = rng.element(of: agencyProfile.places)
        let people = ProposalPeople(
            fromCitizen: slot.fromCitizen, agency: agency, profile: agencyProfile, divisionName: divisionName, rng: &rng
        )
        let trail = reviewTrail(id: id, slot: slot, agency: agency, rng: &rng)
        let context = ProposalTextContext(
            theme: theme, name: name.title, agencyName: agency.name, unitName: divisionName ?? agency.name,
            place: place, isCilegon: agencyProfile.isCilegon, isDigital: name.isDigital, rng: &rng)
        let fullness =
            profile.fullness.lowerBound
            + (profile.fullness.upperBound - profile.fullness.lowerBound) * rng.unit()
        let texts = ProposalText.texts(context, fullness: fullness, rng: &rng)
        let submitDay = clock.dayNumber(of: trail.submittedAt)
        let trialDay = submitDay + rng.int(in: 30...150)
        let proposal = Proposal(
            id: id,
            title: ProposalText.title(name.title, agency: agency, profile: agencyProfile, place: place, rng: &rng),
            agencyID: agency.id, divisionID: divisionIndex.map { directory.divisions[$0].id },
            proposerName: people.proposerName, proposerContact: people.proposerContact,
            initiatorKind: people.initiatorKind, initiatorName: people.initiatorName, form: theme.form,
            kind: name.isDigital ? .digital : .nonDigital, affair: theme.affair, design: texts.design, goal: texts.goal,
            benefit: texts.benefit, expectedResult: texts.expectedResult,
            budget: ProposalText.budget(
                isDigital: name.isDigital, isVillage: agency.kind == .kelurahan, rng: &rng),
            plannedTrialOn: clock.start(ofDay: trialDay),
            plannedImplementationOn: clock.start(ofDay: trialDay + rng.int(in: 90...240)),
            submittedAt: trail.submittedAt, status: trail.status, version: trail.version, updatedAt: trail.updatedAt,
            round: trail.round)
        return DemoProposal(proposal: proposal, assignee: trail.assignee, scores: trail.scores, history: trail.history)
    }

    /// Path, times and review of the proposal, ending in the slot's status.
    private func reviewTrail(id: Int64, slot: StatusMix.Slot, agency: Agency, rng: inout SplitMix64) -> ReviewTrail {
        let steps = ProposalTimeline.path(to: slot.status, rng: &rng)
        var ageDays: Int?
        var maxAge = profile.maxDecidedAgeDays
        switch slot.status {
        case .submitted, .inReview:
            ageDays =
                slot.overdue
                ? rng.int(in: Self.overdueMinAgeDays...profile.maxOverdueAgeDays)
                : rng.int(in: 0...Self.freshMaxAgeDays)
        case .revisionRequested:
            maxAge = 150
        default:
            break
        }
        let times = ProposalTimeline.times(of: steps, ageDays: ageDays, clock: clock, maxAgeDays: maxAge, rng: &rng)
        return ReviewTrail.play(
            steps, at: times, proposalID: id, agencyID: agency.id, operatorName: DemoUsers.operatorName(of: agency),
            reviewers: reviewers, clock: clock, rng: &rng)
    }
}

/// Who proposes: a member of the public with a contact, or someone inside the government.
struct ProposalPeople {
    let initiatorKind: InitiatorKind
    let initiatorName: String
    let proposerName: String?
    let proposerContact: String?

    /// Weights in `InitiatorKind.allCases` order, without citizens (who come from the status mix).
    private static let weights = [8, 7, 40, 45, 0]

    init(fromCitizen: Bool, agency: Agency, profile: AgencyProfile, divisionName: String?, rng: inout SplitMix64) {
        if fromCitizen {
            let name = PeopleCorpus.person(&rng)
            initiatorKind = .citizen
            initiatorName = name
            proposerName = name
            proposerContact = PeopleCorpus.phone(&rng)
        } else {
            initiatorKind = InitiatorKind.allCases[rng.weightedIndex(Self.weights)]
            initiatorName = InitiatorNames.name(
                initiatorKind, agency: agency, profile: profile, divisionName: divisionName, rng: &rng)
            proposerName = nil
            proposerContact = nil
        }
    }
}
