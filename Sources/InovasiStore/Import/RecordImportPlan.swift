import Foundation
import InovasiCore

/// What an import of innovations or proposals adds and which rows the store already holds, for
/// `--dry-run` to show and the write to apply. An import only adds: a row whose key the store
/// already holds is left as the store has it (a correction is an edit, audited on its own).
public struct RecordImportPlan<Record: Hashable & Sendable>: Hashable, Sendable {
    /// Records whose key the store does not hold yet, in file order.
    public var added: [Record] = []
    /// Rows whose key the store already holds: left unchanged.
    public var unchanged: [Record] = []

    /// A plan of `added` and `unchanged` records.
    public init(added: [Record] = [], unchanged: [Record] = []) {
        self.added = added
        self.unchanged = unchanged
    }

    /// Whether the import would change nothing (the same file imported again).
    public var isEmpty: Bool { added.isEmpty }
}

/// The keys that identify an imported row, so importing the same file again changes nothing.
///
/// An innovation is its OPD and its title; a proposal is its OPD, its title and the day it was
/// submitted (an OPD may propose the same title again in a later year). Titles are compared
/// ignoring case and runs of blanks.
public enum RecordImportKey {
    /// The key of an innovation: OPD id and folded title.
    public static func of(_ innovation: Innovation) -> String {
        "\(innovation.agencyID)|\(folded(innovation.title))"
    }

    /// The key of a proposal: OPD id, folded title and the submission day in `zone`.
    public static func of(_ proposal: Proposal, zone: TimeZone) -> String {
        "\(proposal.agencyID)|\(folded(proposal.title))|\(CalendarDay(containing: proposal.submittedAt, in: zone))"
    }

    /// `title` in lower case with its blanks collapsed to one space and trimmed.
    public static func folded(_ title: String) -> String {
        title.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
