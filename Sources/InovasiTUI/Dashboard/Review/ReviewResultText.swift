import InovasiCore

/// What a saved change did, said in a flash message.
enum ReviewResultText {
    static func taken(_ ids: [Int64]) -> Localized {
        ids.count == 1
            ? Localized(id: "Usulan #\(ids[0]) diambil untuk ditinjau.", en: "Proposal #\(ids[0]) taken for review.")
            : Localized(
                id: "\(ids.count) usulan diambil untuk ditinjau.", en: "\(ids.count) proposals taken for review.")
    }

    static func assigned(_ count: Int, to reviewer: String) -> Localized {
        Localized(id: "\(count) usulan ditugaskan ke \(reviewer).", en: "\(count) proposal(s) assigned to \(reviewer).")
    }

    static func unassigned(_ count: Int) -> Localized {
        Localized(id: "Penilai dilepas dari \(count) usulan.", en: "Reviewer taken off \(count) proposal(s).")
    }

    static func scored(_ id: Int64, _ weighted: Double, _ verdict: Verdict?) -> Localized {
        let value = Localized { NumberText.decimal(weighted, fractionDigits: 2, $0) }
        let verdict = Localized { ReviewFormView.verdictText(verdict, $0) }
        return Localized(
            id: "Nilai usulan #\(id) disimpan: \(value.id), \(verdict.id).",
            en: "Scores of proposal #\(id) saved: \(value.en), \(verdict.en).")
    }

    static func decided(_ event: ProposalEvent, id: Int64) -> Localized {
        switch event {
        case .approve:
            Localized(
                id: "Usulan #\(id) disetujui dan menjadi inovasi tahap inisiatif.",
                en: "Proposal #\(id) approved; it is now an innovation at the initiative stage.")
        case .requestRevision:
            Localized(id: "Revisi usulan #\(id) diminta.", en: "Revision of proposal #\(id) requested.")
        case .reject: Localized(id: "Usulan #\(id) ditolak.", en: "Proposal #\(id) rejected.")
        default: Localized(id: "Usulan #\(id) diperbarui.", en: "Proposal #\(id) updated.")
        }
    }

    static func undone(_ id: Int64) -> Localized {
        Localized(
            id: "Tindakan terakhir Anda pada usulan #\(id) dibatalkan (tercatat di riwayat).",
            en: "Your last action on proposal #\(id) was undone (recorded in the history).")
    }
}
