import InovasiCore

/// Where the queue's `+` and `e` go: the store, through an adapter (StoreProposalDesk in InovasiApp).
///
/// Each write is one transaction that checks ``ProposalAct`` again (an operator only for its own
/// OPD, edits only while submitted or back for revision); a refusal is thrown as a
/// ``ReviewRefusal`` naming why, and nothing is changed.
public protocol ProposalDesk {
    /// The OPDs a new or edited proposal may name: every active one, or an operator's own only.
    func agencies() throws -> [Agency]
    /// The bidang of those OPDs.
    func divisions() throws -> [Division]
    /// The proposal as stored now, for the edit form.
    func proposal(_ id: Int64) throws -> Proposal
    /// Records a new proposal (submitted, round 1); returns it with its number.
    func add(_ proposal: Proposal) throws -> Proposal
    /// Saves an edited proposal made against `expectedVersion`; returns it as saved.
    func edit(_ proposal: Proposal, expectedVersion: Int64) throws -> Proposal
}

/// What the edit or new-proposal form is built from: the OPDs to pick from and, to edit, the proposal.
public struct ProposalFormSeed: Hashable, Sendable {
    /// The OPDs the pick list offers, in the order given.
    public var agencies: [Agency]
    /// The bidang of those OPDs, for the bidang choice of the OPD picked.
    public var divisions: [Division]
    /// The proposal to edit; nil for a new one.
    public var proposal: Proposal?

    /// A seed of `agencies` (with their `divisions`) and, for an edit, `proposal`.
    public init(agencies: [Agency], divisions: [Division] = [], proposal: Proposal?) {
        self.agencies = agencies
        self.divisions = divisions
        self.proposal = proposal
    }
}
