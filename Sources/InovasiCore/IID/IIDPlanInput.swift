import Foundation

/// One innovation as the IID planner sees it for a year: what it scores on and whether it can be
/// sent. The store fills it from the innovation, its penetapan and its evidence records; the
/// estimate, the missing list, the ranked actions and the what-if all read only this.
public struct IIDInnovationFacts: Sendable, Equatable, Identifiable {
    /// The innovation's store id.
    public var id: Int64
    /// Its name.
    public var title: String
    /// The OPD that runs it, which each action names as responsible.
    public var agencyID: Int64
    /// The OPD's short name, for reports.
    public var agencyName: String
    /// Its urusan and its urusan beririsan, checked against the basic-service affairs.
    public var affairs: [String]
    /// Its stage today.
    public var stage: Stage
    /// The day it reached penerapan (nil if it never did), checked against the reporting window.
    public var implementedOn: CalendarDay?
    /// Whether it was stopped.
    public var stopped: Bool
    /// Its SID answers by indicator number; the regulasi indicator's answer comes from the penetapan.
    public var answers: [String: IIDScore.Answer]

    /// Facts as read.
    public init(
        id: Int64, title: String, agencyID: Int64, agencyName: String, affairs: [String], stage: Stage,
        implementedOn: CalendarDay?, stopped: Bool = false, answers: [String: IIDScore.Answer] = [:]
    ) {
        self.id = id
        self.title = title
        self.agencyID = agencyID
        self.agencyName = agencyName
        self.affairs = affairs
        self.stage = stage
        self.implementedOn = implementedOn
        self.stopped = stopped
        self.answers = answers
    }
}

/// Everything the planner needs of the region for one assessment year; pure data, so the what-if
/// changes a copy and the estimate is recomputed without touching the store.
public struct IIDPlanInput: Sendable, Equatable {
    /// The assessment year.
    public var year: Int
    /// The region's SPD answers by indicator number.
    public var spdAnswers: [String: IIDScore.Answer]
    /// Every innovation of the region, sent or not (the planner says why one is not).
    public var innovations: [IIDInnovationFacts]

    /// An input as read.
    public init(year: Int, spdAnswers: [String: IIDScore.Answer] = [:], innovations: [IIDInnovationFacts] = []) {
        self.year = year
        self.spdAnswers = spdAnswers
        self.innovations = innovations
    }
}

extension IIDScore {
    /// The regulasi level a penetapan earns: SK Kepala Daerah 1, Perkada 2, Perda 3 (2026 levels).
    public static func level(of enactment: EnactmentKind) -> Int {
        switch enactment {
        case .headDecree: 1
        case .headRegulation: 2
        case .regionalRegulation: 3
        }
    }
}
