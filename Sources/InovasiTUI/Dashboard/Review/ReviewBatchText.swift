import InovasiCore

/// What the keys acting on several proposals say: how many, which, and who holds them.
enum ReviewBatchText {
    /// A hint on the marks: "ambil 5 tertanda".
    static func onMarked(_ label: Localized, _ count: Int) -> Localized {
        Localized(id: "\(label.id) \(count) tertanda", en: "\(label.en) \(count) marked")
    }

    /// A hint of a key that acts on the cursor row only while rows are marked.
    static func cursorOnly(_ label: Localized) -> Localized {
        Localized(id: "\(label.id) (baris kursor)", en: "\(label.en) (cursor row)")
    }

    /// The undo hint right after a bulk action: "batalkan 5 sekaligus".
    static func onBatch(_ label: Localized, _ count: Int) -> Localized {
        Localized(id: "\(label.id) \(count) sekaligus", en: "\(label.en) all \(count)")
    }

    /// The decision form's title for the marked proposals.
    static func decisionTitle(_ count: Int) -> Localized {
        Localized(id: "Keputusan untuk \(count) usulan tertanda", en: "Decision on \(count) marked proposals")
    }

    /// "Setujui 3 usulan tertanda: #1, #4, #9?"
    static func confirm(_ event: ProposalEvent, ids: [Int64]) -> Localized {
        let decision = ReviewText.decisionLabel(event)
        let list = ids.map { "#\($0)" }.joined(separator: ", ")
        return Localized(
            id: "\(decision.id) \(ids.count) usulan tertanda: \(list)?",
            en: "\(decision.en) \(ids.count) marked proposals: \(list)?")
    }

    /// "#3 dipegang budi.s, #5 dipegang sari. Pindahkan ke rina.h?"
    static func reassign(_ held: [(id: Int64, holder: String)], to reviewer: String) -> Localized {
        let list = Localized { language in
            held.map { "#\($0.id) " + heldBy($0.holder).text(language) }.joined(separator: ", ")
        }
        return Localized(id: "\(list.id). Pindahkan ke \(reviewer)?", en: "\(list.en). Move to \(reviewer)?")
    }

    /// "dipegang budi.s".
    static func heldBy(_ name: String) -> Localized { Localized(id: "dipegang \(name)", en: "held by \(name)") }

    /// "3 usulan disetujui: #1, #4, #9."
    static func decided(_ event: ProposalEvent, ids: [Int64]) -> Localized {
        let list = ids.map { "#\($0)" }.joined(separator: ", ")
        return switch event {
        case .approve:
            Localized(id: "\(ids.count) usulan disetujui: \(list).", en: "\(ids.count) proposals approved: \(list).")
        case .requestRevision:
            Localized(
                id: "Revisi \(ids.count) usulan diminta: \(list).",
                en: "Revision of \(ids.count) proposals requested: \(list).")
        default: Localized(id: "\(ids.count) usulan ditolak: \(list).", en: "\(ids.count) proposals rejected: \(list).")
        }
    }

    /// "Tindakan terakhir Anda pada 3 usulan dibatalkan sekaligus: #1, #4, #9."
    static func undone(_ ids: [Int64]) -> Localized {
        let list = ids.map { "#\($0)" }.joined(separator: ", ")
        return Localized(
            id: "Tindakan terakhir Anda pada \(ids.count) usulan dibatalkan sekaligus: \(list) (tercatat di riwayat).",
            en: "Your last action on \(ids.count) proposals was undone at once: \(list) (recorded in the history).")
    }
}
