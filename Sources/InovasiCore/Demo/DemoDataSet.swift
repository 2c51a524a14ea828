import Foundation

/// Scales of the demo data: the real city, or a generated nation-sized load for performance work.
public enum DemoScale: String, CaseIterable, Sendable {
    /// Kota Cilegon as it is: its OPDs, 8 kecamatan, 43 kelurahan, about 120 proposals.
    case city
    /// About 500 OPD-like agencies and up to 100 000 proposals.
    case national
}

/// A complete demo data set, with ids assigned, ready for ``DemoDataSet/proposals()`` to stream.
public struct DemoDataSet: Sendable {
    /// Ids 1…n; a kelurahan's `parentID` is its kecamatan.
    public var agencies: [Agency]
    /// Bidang of the agencies (seksi of kecamatan and kelurahan); ids 1…n.
    public var divisions: [Division]
    /// Reviewers, supervisors and viewers; the store's creator is added by the store.
    public var users: [User]
    /// Innovations with ids 1…n; in the city, approved proposals appear here with their `proposalID`.
    public var innovations: [Innovation]
    /// The dated stage history of ``innovations`` (inisiatif → uji coba → penerapan on working
    /// days, oldest step first per innovation); an innovation without steps here gets the steps its
    /// record implies (``StageChange/implied(by:)``) when imported.
    public var stageHistory: [StageChange]
    /// The mentoring calendar around `now`, ids 1…n in order of start.
    public var sessions: [MentoringSession]
    /// The IID evidence of the assessment year of `now` (``IIDEvidenceBuilder``); the store writes it
    /// after the innovations.
    public var iidEvidence: [IIDEvidence] = []
    /// How many proposals ``proposals()`` makes.
    public var proposalCount: Int
    /// Makes proposal number `index` (0-based); pure, so the sequence can be replayed.
    let makeProposal: @Sendable (Int) -> DemoProposal

    /// Assembles a data set; `makeProposal` must be pure so that the sequence can be replayed.
    public init(
        agencies: [Agency], divisions: [Division], users: [User], innovations: [Innovation],
        stageHistory: [StageChange] = [], sessions: [MentoringSession], proposalCount: Int,
        makeProposal: @escaping @Sendable (Int) -> DemoProposal
    ) {
        self.agencies = agencies
        self.divisions = divisions
        self.users = users
        self.innovations = innovations
        self.stageHistory = stageHistory
        self.sessions = sessions
        self.proposalCount = proposalCount
        self.makeProposal = makeProposal
    }

    /// The proposals, made lazily so 100 000 never sit in memory at once.
    public func proposals() -> LazyMapSequence<Range<Int>, DemoProposal> {
        (0..<proposalCount).lazy.map(makeProposal)
    }

    /// Proposal number `index` (0-based, id `index + 1`) alone, without making the ones before it;
    /// lets a benchmark or a test pick any proposal of a 100 000 set.
    public func proposal(at index: Int) -> DemoProposal {
        precondition((0..<proposalCount).contains(index), "proposal index out of range")
        return makeProposal(index)
    }
}

/// One generated proposal with what happened to it.
public struct DemoProposal: Sendable, Hashable {
    /// Status and version agree with `history`.
    public var proposal: Proposal
    /// The reviewer holding it, when in review or decided.
    public var assignee: String?
    /// One score per reviewer who scored it, never by a reviewer of the proposal's own OPD.
    public var scores: [ReviewScore]
    /// Audit events that led to its status, oldest first (`entity` "proposal", `entityID` its id).
    public var history: [AuditEntry]

    /// Bundles a proposal with its review and history.
    public init(proposal: Proposal, assignee: String?, scores: [ReviewScore], history: [AuditEntry]) {
        self.proposal = proposal
        self.assignee = assignee
        self.scores = scores
        self.history = history
    }
}
