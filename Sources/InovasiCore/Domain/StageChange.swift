import Foundation

/// One dated step of an innovation's stage history: when it reached a stage, by whom, and why.
public struct StageChange: Codable, Hashable, Sendable {
    /// The innovation that moved.
    public var innovationID: Int64
    /// The stage it reached (or was moved back to).
    public var stage: Stage
    /// When it did.
    public var on: Date
    /// Who recorded it; nil for steps filled in from the record before history was kept.
    public var by: String?
    /// Why, for a move back; empty otherwise.
    public var note: String

    /// A step as recorded.
    public init(innovationID: Int64, stage: Stage, on: Date, by: String?, note: String = "") {
        self.innovationID = innovationID
        self.stage = stage
        self.on = on
        self.by = by
        self.note = note
    }

    /// The steps an innovation's record implies when no history was kept: inisiatif on its start,
    /// and each later stage up to the current one. The last step is dated `stageChangedOn`; an
    /// uji coba skipped over in the record is dated halfway between (an estimate, never shown as
    /// recorded by anyone).
    public static func implied(by innovation: Innovation) -> [StageChange] {
        let start = innovation.startedOn
        let end = max(innovation.stageChangedOn, start)
        return Stage.allCases.filter { $0 <= innovation.stage }.map { stage in
            let on: Date
            if stage == .initiative {
                on = start
            } else if stage == innovation.stage {
                on = end
            } else {
                on = start.addingTimeInterval(end.timeIntervalSince(start) / 2)
            }
            return StageChange(innovationID: innovation.id, stage: stage, on: on, by: nil)
        }
    }
}
