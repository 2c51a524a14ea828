import Foundation

/// An inovasi daerah: an innovation an OPD runs, counted towards the Indeks Inovasi Daerah.
public struct Innovation: Codable, Hashable, Sendable, Identifiable {
    /// Store id; 0 before the innovation is saved.
    public var id: Int64
    /// The innovation's name as the OPD reports it, e.g. "Gegana Pedes".
    public var title: String
    /// The OPD that runs it and to whose progress it counts.
    public var agencyID: Int64
    /// The bidang that runs it, when one does.
    public var divisionID: Int64?
    /// Bentuk under PP 38/2017: governance, public service or another government affair.
    public var form: InnovationForm
    /// Jenis: digital or non-digital, as the IID records it.
    public var kind: InnovationKind
    /// Tahapan: how far it has got; progress counts innovations per stage.
    public var stage: Stage
    /// Who started it, by the five inisiator kinds of PP 38/2017.
    public var initiatorKind: InitiatorKind
    /// The inisiator by name: a person, a council member or an OPD/bidang.
    public var initiatorName: String
    /// Urusan: the government affair it serves, e.g. "kesehatan".
    public var affair: String
    /// Inovasi utama: the OPD's (or its bidang's) main innovation.
    public var isMain: Bool
    /// A sentence or two on what the innovation does; an adopted proposal brings its tujuan.
    public var summary: String
    /// When the innovation started (first stage); a calendar day.
    public var startedOn: Date
    /// When the last stage change happened.
    public var stageChangedOn: Date
    /// The proposal it grew from, if it came through review.
    public var proposalID: Int64?
    /// The IID profile: rancang bangun, tujuan, manfaat, hasil, anggaran, urusan beririsan,
    /// penetapan, and whether it was stopped.
    public var profile: InnovationProfile

    /// An innovation as entered or read back; `stageChangedOn` defaults to `startedOn` for one that has
    /// not moved on yet, and `id` stays 0 until the store saves it.
    public init(
        id: Int64 = 0, title: String, agencyID: Int64, divisionID: Int64? = nil,
        form: InnovationForm, kind: InnovationKind, stage: Stage,
        initiatorKind: InitiatorKind, initiatorName: String, affair: String,
        isMain: Bool, summary: String = "", startedOn: Date, stageChangedOn: Date? = nil,
        proposalID: Int64? = nil, profile: InnovationProfile = InnovationProfile()
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
        self.profile = profile
    }

    /// The year it started (tahun mulai on the IID form), in `zone`.
    public func startYear(in zone: TimeZone) -> Int {
        CalendarDay(containing: startedOn, in: zone).year
    }
}
