import Foundation

/// Penetapan: the legal instrument that made an innovation official, as the IID form asks.
public enum EnactmentKind: String, Codable, CaseIterable, Sendable {
    /// SK Kepala Daerah: a decree of the wali kota.
    case headDecree
    /// Perkada: a regulation of the wali kota.
    case headRegulation
    /// Perda: a regional regulation passed with the DPRD.
    case regionalRegulation
}

/// The penetapan of an innovation: its kind, its number and the day it was signed.
public struct Enactment: Codable, Hashable, Sendable {
    /// SK Kepala Daerah, Perkada or Perda.
    public var kind: EnactmentKind
    /// The instrument's number as written on it, e.g. "188.45/Kep.12-Huk/2024".
    public var number: String
    /// The day it was signed.
    public var on: Date

    /// A penetapan as entered.
    public init(kind: EnactmentKind, number: String, on: Date) {
        self.kind = kind
        self.number = number
        self.on = on
    }
}

/// The profile fields the national IID form asks for, beyond what every innovation has.
///
/// Kept apart from ``Innovation``'s identity and stage so a proposal's adoption, the demo and the
/// command line can fill it in steps; empty texts and a zero budget mean "not filled in yet".
public struct InnovationProfile: Codable, Hashable, Sendable {
    /// Rancang bangun: how it works; the IID asks for at least 300 words (a warning, not a refusal).
    public var design: String
    /// Tujuan.
    public var goal: String
    /// Manfaat.
    public var benefit: String
    /// Hasil: what it achieved so far.
    public var result: String
    /// Anggaran in whole rupiah.
    public var budget: Int64
    /// Urusan beririsan: other affairs it touches besides the main one (``Innovation/affair``).
    public var sharedAffairs: [String]
    /// Penetapan, when the innovation has been made official.
    public var enactment: Enactment?
    /// The day it was stopped; nil while it runs.
    public var stoppedOn: Date?
    /// Why it was stopped; empty while it runs.
    public var stopReason: String

    /// The number of words under which the IID form warns about a thin rancang bangun.
    public static let designWordsWanted = 300

    /// A profile as entered; every field may be left empty.
    public init(
        design: String = "", goal: String = "", benefit: String = "", result: String = "", budget: Int64 = 0,
        sharedAffairs: [String] = [], enactment: Enactment? = nil, stoppedOn: Date? = nil, stopReason: String = ""
    ) {
        self.design = design
        self.goal = goal
        self.benefit = benefit
        self.result = result
        self.budget = budget
        self.sharedAffairs = sharedAffairs
        self.enactment = enactment
        self.stoppedOn = stoppedOn
        self.stopReason = stopReason
    }

    /// Whether the innovation still runs (not stopped).
    public var isActive: Bool { stoppedOn == nil }

    /// Words in the rancang bangun, for the IID's 300-word warning.
    public var designWords: Int {
        design.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).count
    }

    /// Whether the rancang bangun is filled in but shorter than the IID asks.
    public var designIsThin: Bool { !design.isEmpty && designWords < Self.designWordsWanted }

    /// Checks the texts' lengths, the budget and the penetapan's number.
    public func validate() throws(ValidationError) {
        try Check.length(design, field: "design", max: 20_000)
        try Check.length(goal, field: "goal", max: 5_000)
        try Check.length(benefit, field: "benefit", max: 5_000)
        try Check.length(result, field: "result", max: 5_000)
        if budget < 0 { throw ValidationError(field: "budget", reason: .negative) }
        for affair in sharedAffairs { try Check.text(affair, field: "sharedAffairs", max: 100) }
        if let enactment { try Check.text(enactment.number, field: "enactment.number", max: 100) }
        if stoppedOn != nil { try Check.text(stopReason, field: "stopReason", max: 1_000) }
    }
}
