import Foundation
import InovasiCore

/// The question before undoing a decision: "Batalkan persetujuan #36 oleh Anda pukul 10.02? y/n".
/// No fields: the form opens on its question; yes undoes, no closes it.
public struct UndoForm: Hashable, Sendable {
    /// The proposal whose last act would be undone.
    public var proposalID: Int64
    /// The act that would be undone, as the store found it.
    public var entry: AuditEntry
    /// No fields, only the question.
    public var form: FormModel

    /// The question on `entry` of `proposalID`, times in `zone`.
    public init(proposalID: Int64, entry: AuditEntry, zone: TimeZone) {
        self.proposalID = proposalID
        self.entry = entry
        form = FormModel(fields: [], submitLabel: UndoText.button)
        form.question = .save(warnings: [], question: UndoText.question(entry, id: proposalID, zone: zone))
    }
}
