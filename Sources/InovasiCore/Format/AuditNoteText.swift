import Foundation

/// An audit row's note as a person reads it. The store writes an undo's note for machines
/// ("undo of proposal.approve at 2026-12-01T22:31:04Z", kept as it is in the file); histories show
/// it in words: "membatalkan: menyetujuinya (1 Des 2026 05.31)".
public enum AuditNoteText {
    /// The undone action and its time, when `note` is an undo's note.
    public static func undone(in note: String) -> (action: String, at: Date)? {
        guard note.hasPrefix("undo of "), let range = note.range(of: " at ", options: .backwards) else { return nil }
        let action = String(note[note.index(note.startIndex, offsetBy: 8)..<range.lowerBound])
        guard let at = try? Date(String(note[range.upperBound...]), strategy: .iso8601) else { return nil }
        return (action, at)
    }

    /// The note in words, times in `zone`; any other note as written.
    public static func words(_ note: String, in zone: TimeZone) -> Localized {
        guard let (action, at) = undone(in: note) else { return Localized(verbatim: note) }
        let what = AuditActionText.past(action)
        let when = Localized { DateText.medium(at, in: zone, $0) + " " + DateText.time(at, in: zone, $0) }
        return Localized(id: "membatalkan: \(what.id) (\(when.id))", en: "undoing: \(what.en) (\(when.en))")
    }
}

extension AuditEntry {
    /// The entry's note as a person reads it (an undo's note in words), times in `zone`.
    public func noteText(in zone: TimeZone) -> Localized { AuditNoteText.words(note, in: zone) }
}
