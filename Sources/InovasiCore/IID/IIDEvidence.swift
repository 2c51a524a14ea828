import Foundation

/// One evidence record of the IID: the level chosen for an indicator of an innovation (SID) or of
/// the region (SPD) in an assessment year, and what backs it. The store keeps one per year,
/// indicator and innovation (the latest entry wins, the audit keeps the earlier ones).
public struct IIDEvidence: Codable, Hashable, Sendable {
    /// The assessment year.
    public var year: Int
    /// The innovation; nil for an SPD indicator of the region.
    public var innovationID: Int64?
    /// The indicator's number as the rules file writes it (`17`, `6a`).
    public var indicator: String
    /// The level chosen, 0 to 3.
    public var level: Int
    /// The document: a file name or a link. Without one the indicator scores 0.
    public var document: String
    /// A note on the evidence.
    public var note: String
    /// The login of who entered it.
    public var enteredBy: String
    /// When it was entered.
    public var enteredAt: Date

    /// A record as entered or read back.
    public init(
        year: Int, innovationID: Int64?, indicator: String, level: Int, document: String = "", note: String = "",
        enteredBy: String = "", enteredAt: Date = Date(timeIntervalSince1970: 0)
    ) {
        self.year = year
        self.innovationID = innovationID
        self.indicator = indicator
        self.level = level
        self.document = document
        self.note = note
        self.enteredBy = enteredBy
        self.enteredAt = enteredAt
    }

    /// The answer the score reads: the level, backed when a document is named.
    public var answer: IIDScore.Answer {
        IIDScore.Answer(level: level, hasEvidence: !document.trimmingCharacters(in: .whitespaces).isEmpty)
    }

    /// Checks the level (0–3) and the texts' lengths.
    public func validate() throws(ValidationError) {
        guard (0...3).contains(level) else { throw ValidationError(field: "level", reason: .invalid) }
        try Check.text(indicator, field: "indicator", max: 10)
        try Check.length(document, field: "document", max: 1_000)
        try Check.length(note, field: "note", max: 2_000)
    }
}
