import Foundation

/// An usulan inovasi: a proposal for an innovation, reviewed before it is adopted.
public struct Proposal: Codable, Hashable, Sendable, Identifiable {
    /// Store id; 0 before the proposal is saved. Shown as `#42`; `inovasi review` takes it as argument.
    public var id: Int64
    /// The proposed innovation's name; what reviewers and the queue identify it by.
    public var title: String
    /// The OPD that proposes it, or that would carry it when a member of the public proposes.
    public var agencyID: Int64
    /// The bidang that proposes, when one does; its adopted innovation counts to that bidang.
    public var divisionID: Int64?
    /// Name of a member of the public who proposes (with `initiatorKind == .citizen`).
    public var proposerName: String?
    /// Contact (phone or e-mail) of a member of the public.
    public var proposerContact: String?
    /// Who started the idea, by the five inisiator kinds of PP 38/2017.
    public var initiatorKind: InitiatorKind
    /// The inisiator by name; carried over to the innovation when the proposal is approved.
    public var initiatorName: String
    /// Bentuk the innovation would take under PP 38/2017.
    public var form: InnovationForm
    /// Jenis: whether the innovation would be digital.
    public var kind: InnovationKind
    /// Urusan served.
    public var affair: String
    /// Rancang bangun: the design and its main changes (long text).
    public var design: String
    /// Tujuan.
    public var goal: String
    /// Manfaat.
    public var benefit: String
    /// Hasil yang diharapkan.
    public var expectedResult: String
    /// Anggaran in whole rupiah; never floating point.
    public var budget: Int64
    /// The day the proposer plans the uji coba to start, if they named one.
    public var plannedTrialOn: Date?
    /// The day the proposer plans penerapan to start; never before the planned trial.
    public var plannedImplementationOn: Date?
    /// When the proposal came in; its age in the queue and "overdue" count from here.
    public var submittedAt: Date
    /// Where it stands in review; change it only through ``ProposalStatus/applying(_:)``.
    public var status: ProposalStatus
    /// Row version; every change increments it, decisions carry the one they were made against.
    public var version: Int64
    /// Review round: 1 when submitted, one more with each resubmission after "perlu revisi"
    /// (``ProposalAct/resubmit``). Scores belong to a round; the recommendation reads the current one.
    public var round: Int64
    /// When the status last changed.
    public var updatedAt: Date

    /// A proposal as submitted or read back: status `submitted` and version 1 by default, `updatedAt`
    /// defaulting to `submittedAt`; `id` stays 0 until the store saves it.
    public init(
        id: Int64 = 0, title: String, agencyID: Int64, divisionID: Int64? = nil,
        proposerName: String? = nil, proposerContact: String? = nil,
        initiatorKind: InitiatorKind, initiatorName: String,
        form: InnovationForm, kind: InnovationKind, affair: String,
        design: String, goal: String, benefit: String, expectedResult: String, budget: Int64,
        plannedTrialOn: Date? = nil, plannedImplementationOn: Date? = nil,
        submittedAt: Date, status: ProposalStatus = .submitted, version: Int64 = 1,
        updatedAt: Date? = nil, round: Int64 = 1
    ) {
        self.id = id
        self.title = title
        self.agencyID = agencyID
        self.divisionID = divisionID
        self.proposerName = proposerName
        self.proposerContact = proposerContact
        self.initiatorKind = initiatorKind
        self.initiatorName = initiatorName
        self.form = form
        self.kind = kind
        self.affair = affair
        self.design = design
        self.goal = goal
        self.benefit = benefit
        self.expectedResult = expectedResult
        self.budget = budget
        self.plannedTrialOn = plannedTrialOn
        self.plannedImplementationOn = plannedImplementationOn
        self.submittedAt = submittedAt
        self.status = status
        self.version = version
        self.round = round
        self.updatedAt = updatedAt ?? submittedAt
    }

    /// Days the proposal has waited since submission, by whole days.
    public func ageInDays(now: Date) -> Int {
        OverdueRule(now: now, overdueDays: 0).ageInDays(submittedAt: submittedAt)
    }

    /// Whether it is waiting on the office longer than `overdueDays`, by ``OverdueRule``.
    public func isOverdue(now: Date, overdueDays: Int) -> Bool {
        OverdueRule(now: now, overdueDays: overdueDays).isOverdue(status: status, submittedAt: submittedAt)
    }

    /// The innovation an approved proposal becomes, at stage inisiatif.
    public func adoptedInnovation(on day: Date) -> Innovation {
        Innovation(
            title: title, agencyID: agencyID, divisionID: divisionID, form: form, kind: kind,
            stage: .initiative, initiatorKind: initiatorKind, initiatorName: initiatorName,
            affair: affair, isMain: false, summary: goal, startedOn: day, proposalID: id
        )
    }
}
