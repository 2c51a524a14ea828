import Foundation

/// The five criteria of PP 38/2017 Pasal 6 on which every reviewer scores a proposal.
public enum ReviewCriterion: String, Codable, CaseIterable, Sendable {
    /// Mengandung pembaharuan.
    case renewal
    /// Memberi manfaat bagi daerah dan/atau masyarakat.
    case benefit
    /// Tidak membebani dan/atau membatasi masyarakat.
    case noUndueBurden
    /// Merupakan urusan pemerintahan yang menjadi kewenangan daerah.
    case withinAuthority
    /// Dapat direplikasi.
    case replicable
}

/// One reviewer's scores of one proposal: 1–5 per criterion, with notes.
public struct ReviewScore: Codable, Hashable, Sendable {
    /// The proposal scored.
    public var proposalID: Int64
    /// Unix user name of the reviewer.
    public var reviewer: String
    /// Score 1–5 per criterion; complete only when all five are present (see ``validate()``).
    public var values: [ReviewCriterion: Int]
    /// The reviewer's reasoning per criterion, where they gave one.
    public var criterionNotes: [ReviewCriterion: String]
    /// The reviewer's overall remark on the proposal; may be empty.
    public var note: String
    /// When the reviewer last saved these scores; scoring again in the same round replaces them.
    public var scoredAt: Date
    /// The review round scored (``Proposal/round``); the store sets it to the proposal's current round.
    public var round: Int64

    /// One reviewer's scores; `round` is the proposal's round they were given in.
    public init(
        proposalID: Int64, reviewer: String, values: [ReviewCriterion: Int],
        criterionNotes: [ReviewCriterion: String] = [:], note: String = "", scoredAt: Date, round: Int64 = 1
    ) {
        self.round = round
        self.proposalID = proposalID
        self.reviewer = reviewer
        self.values = values
        self.criterionNotes = criterionNotes
        self.note = note
        self.scoredAt = scoredAt
    }

    /// Checks that every criterion has a value from 1 to 5.
    public func validate() throws(ValidationError) {
        for criterion in ReviewCriterion.allCases {
            guard let value = values[criterion] else {
                throw ValidationError(field: "score.\(criterion.rawValue)", reason: .missing)
            }
            guard (1...5).contains(value) else {
                throw ValidationError(
                    field: "score.\(criterion.rawValue)", reason: .outOfRange(min: 1, max: 5, got: value))
            }
        }
    }
}

extension ReviewCriterion {
    /// The Indonesian names a config file may use instead of the raw ones (`kewenangan: 3`).
    public static let configAliases: [String: ReviewCriterion] = [
        "pembaharuan": .renewal, "manfaat": .benefit, "beban": .noUndueBurden, "kewenangan": .withinAuthority,
        "replikasi": .replicable,
    ]

    /// The criterion a key under `scoring.weights` or `scoring.minimums` names: its raw name
    /// (`withinAuthority`) or its Indonesian alias (`kewenangan`).
    public init?(configKey: String) {
        guard let criterion = ReviewCriterion(rawValue: configKey) ?? Self.configAliases[configKey] else {
            return nil
        }
        self = criterion
    }
}
