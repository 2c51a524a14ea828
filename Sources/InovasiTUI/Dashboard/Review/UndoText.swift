import Foundation
import InovasiCore

/// What `u` says: the act it would undo and the one it undid, by name, proposal and time.
enum UndoText {
    static let button = Localized(id: "[ Batalkan ]", en: "[ Undo ]")
    static let title = Localized(id: "Batalkan tindakan", en: "Undo")

    /// The act as a noun: "persetujuan" / "the approval".
    static func noun(_ action: String) -> Localized {
        switch action {
        case "proposal.take": Localized(id: "pengambilan", en: "the taking")
        case "proposal.release": Localized(id: "pengembalian ke antrean", en: "the release")
        case "proposal.approve": Localized(id: "persetujuan", en: "the approval")
        case "proposal.requestRevision": Localized(id: "permintaan revisi", en: "the request for revision")
        case "proposal.reject": Localized(id: "penolakan", en: "the rejection")
        case "proposal.assign": Localized(id: "penugasan", en: "the assignment")
        case "proposal.unassign": Localized(id: "pelepasan penilai", en: "the removal of the reviewer")
        default: Localized(id: "tindakan terakhir", en: "the last action")
        }
    }

    /// Whether undoing `action` needs a yes first: it reverses a decision.
    static func asks(_ action: String) -> Bool {
        ["proposal.approve", "proposal.requestRevision", "proposal.reject"].contains(action)
    }

    /// "Batalkan persetujuan #36 oleh Anda pukul 10.02?"
    static func question(_ entry: AuditEntry, id: Int64, zone: TimeZone) -> Localized {
        let what = noun(entry.action)
        let when = Localized { DateText.time(entry.at, in: zone, $0) }
        return Localized(
            id: "Batalkan \(what.id) #\(id) oleh Anda pukul \(when.id)?",
            en: "Undo \(what.en) of #\(id) by you at \(when.en)?")
    }

    /// "Dibatalkan: persetujuan #36 oleh Anda pukul 10.02."
    static func undone(_ entry: AuditEntry, id: Int64, zone: TimeZone) -> Localized {
        let what = noun(entry.action)
        let when = Localized { DateText.time(entry.at, in: zone, $0) }
        return Localized(
            id: "Dibatalkan: \(what.id) #\(id) oleh Anda pukul \(when.id) (tercatat di riwayat).",
            en: "Undid \(what.en) of #\(id) by you at \(when.en) (recorded in the history).")
    }
}
