import Foundation

/// An inovasi daerah: an innovation an OPD runs, counted towards the Indeks Inovasi Daerah.
public struct Innovation: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64
    public var title: String
    public var agencyID: Int64
    /// The bidang that runs it, when one does.
    public var divisionID: Int64?
    public var form: InnovationForm
    public var kind: InnovationKind
    public var stage: Stage
    public var initiatorKind: InitiatorKind
    public var initiatorName: String
    /// Urusan: the government affair it serves, e.g. "kesehatan".
    public var affair: String
    /// Inovasi utama: the OPD's (or its bidang's) main innovation.
    public var isMain: Bool
    public var summary: String
    /// When the innovation started (first stage); a calendar day.
    public var startedOn: Date
    /// When the last stage change happened.
    public var stageChangedOn: Date
    /// The proposal it grew from, if it came through review.
    public var proposalID: Int64?

    public init(
        id: Int64 = 0, title: String, agencyID: Int64, divisionID: Int64? = nil,
        form: InnovationForm, kind: InnovationKind, stage: Stage,
        initiatorKind: InitiatorKind, initiatorName: String, affair: String,
        isMain: Bool, summary: String = "", startedOn: Date, stageChangedOn: Date? = nil,
        proposalID: Int64? = nil
    ) {
        self.id = id
        self.title = title
        self.agencyID = agencyID
        self.divisionID = divisionID
        self.form = form
        self.kind = kind
        self.stage = stage
        self.initiatorKind = initiatorKind
        self.initiatorName = initiatorName
        self.affair = affair
        self.isMain = isMain
        self.summary = summary
        self.startedOn = startedOn
        self.stageChangedOn = stageChangedOn ?? startedOn
        self.proposalID = proposalID
    }
}
