import InovasiCore

/// Strings of review triage: form labels, confirmations, refusals and results.
enum ReviewText {
    static let scoreTitle = Localized(id: "Penilaian", en: "Scoring")
    static let decisionTitle = Localized(id: "Keputusan", en: "Decision")
    static let assignTitle = Localized(id: "Tugaskan ke penilai", en: "Assign to a reviewer")
    static let filterTitle = Localized(id: "Saring antrean", en: "Filter the queue")
    static let overallNote = Localized(id: "Catatan umum", en: "Overall note")
    static let save = Localized(id: "[ Simpan ]", en: "[ Save ]")
    static let next = Localized(id: "[ Lanjut ]", en: "[ Continue ]")
    static let noteRequired = Localized(
        id: "Catatan wajib untuk revisi dan penolakan.", en: "A note is required to ask for revision or to reject.")
    static let scoreIncomplete = Localized(
        id: "Beri nilai 1–5 pada kelima kriteria sebelum menyimpan.",
        en: "Give all five criteria a score from 1 to 5 before saving.")
    static let recommendApprove = Localized(id: "disarankan DISETUJUI", en: "recommends APPROVAL")
    static let recommendNot = Localized(id: "di bawah ambang", en: "below the threshold")
    static let loading = Localized(id: "memuat…", en: "loading…")
    static let externalMayOnlyScore = Localized(
        id: "Anggota eksternal tim independen hanya menilai: tidak mengambil atau memutuskan usulan.",
        en: "An external member of the tim independen only scores: never takes or decides a proposal.")

    static func notHolder(_ id: Int64, holder: String?) -> Localized {
        guard let holder else {
            return Localized(
                id: "Usulan #\(id) belum dipegang siapa pun: ambil dulu untuk memutuskannya; menilai tetap bisa.",
                en: "Proposal #\(id) is held by no one: take it first to decide it; you may still score it.")
        }
        return Localized(
            id: "Usulan #\(id) dipegang \(holder): hanya dia atau admin yang memutuskan; Anda tetap dapat menilai.",
            en: "Proposal #\(id) is held by \(holder): only they or an admin decide it; you may still score it.")
    }
    static let noReviewers = Localized(id: "Belum ada penilai.", en: "No reviewers yet.")
    /// Words of the form hints; the keys beside them come from the key map (``FormHints``).
    static let or = Localized(id: "atau", en: "or")
    static let rowHint = Localized(id: "baris", en: "row")
    static let valueHint = Localized(id: "nilai", en: "value")
    static let noteSaveHint = Localized(id: "catatan/simpan", en: "note/save")
    static let leaveDraftHint = Localized(id: "keluar (draf disimpan)", en: "leave (draft kept)")
    static let chooseHint = Localized(id: "pilih", en: "choose")
    static let noteContinueHint = Localized(id: "catatan/lanjut", en: "note/continue")
    static let cancelHint = Localized(id: "batal", en: "cancel")
    static let yesDecideHint = Localized(id: "ya, putuskan", en: "yes, decide")
    static let backHint = Localized(id: "kembali", en: "back")
    static let typeNoteHint = Localized(id: "ketik catatan", en: "type the note")
    static let doneHint = Localized(id: "selesai", en: "done")
    static let assignHint = Localized(id: "tugaskan", en: "assign")
    static let changeHint = Localized(id: "ubah", en: "change")
    static let applyHint = Localized(id: "terapkan (OPD: ketik kode)", en: "apply (OPD: type a code)")
    static let typeHint = Localized(id: "ketik", en: "type")
    static let typeToNarrowHint = Localized(id: "ketik untuk menyaring", en: "type to narrow")
    static let fieldHint = Localized(id: "kolom", en: "field")
    static let submitHint = Localized(id: "simpan", en: "save")
    static let leaveFieldHint = Localized(id: "keluar kolom", en: "leave the field")
    static let clearHint = Localized(id: "kosongkan", en: "clear")
    static let criteria = Localized(id: "Kriteria", en: "Criteria")
    static let reviewer = Localized(id: "Penilai", en: "Reviewer")
    static let assignButton = Localized(id: "[ Tugaskan ]", en: "[ Assign ]")
    static let apply = Localized(id: "[ Terapkan ]", en: "[ Apply ]")
    static let noProposal = Localized(
        id: "Pilih usulan di panel antrean (3) atau buka rinciannya dulu.",
        en: "Select a proposal in the queue pane (3) or open its detail first.")
    static let readOnly = Localized(
        id: "Penyimpanan dibuka hanya-baca: tidak ada yang dapat diubah di sini.",
        en: "The store is open read-only: nothing can be changed here.")
    static let ownAgency = Localized(
        id: "Anda tidak dapat menilai usulan dari OPD Anda sendiri.",
        en: "You cannot score a proposal of your own agency.")

    static let filterRows = [
        Localized(id: "Status", en: "Status"), Localized(id: "OPD (kode)", en: "Agency (code)"),
        LabelText.form, LabelText.kind,
        Localized(id: "Penilai", en: "Assigned"), Localized(id: "Hanya terlambat", en: "Overdue only"),
        Localized(id: "Urutan", en: "Sort by"), Localized(id: "Arah", en: "Order"),
    ]
    static let any = Localized(id: "semua", en: "any")
    static let waiting = Localized(id: "menunggu (Diajukan + Ditinjau)", en: "waiting (submitted + in review)")
    static let allStatuses = Localized(id: "semua status", en: "every status")
    static let ascending = Localized(id: "naik", en: "ascending")
    static let descending = Localized(id: "turun", en: "descending")

    static func assignee(_ value: QueueQuery.Assignee) -> Localized {
        switch value {
        case .anyone: Localized(id: "siapa saja", en: "anyone")
        case .unassigned: Localized(id: "belum ditugaskan", en: "unassigned")
        case .mine: Localized(id: "milik saya", en: "mine")
        }
    }

    static func sort(_ value: QueueQuery.Sort) -> Localized {
        switch value {
        case .age: Localized(id: "umur", en: "age")
        case .score: Localized(id: "nilai", en: "score")
        case .agency: Localized(id: "OPD", en: "agency")
        case .title: Localized(id: "judul", en: "title")
        }
    }

    static func decisionLabel(_ event: ProposalEvent) -> Localized {
        switch event {
        case .approve: Localized(id: "Setujui", en: "Approve")
        case .requestRevision: Localized(id: "Minta revisi", en: "Ask for revision")
        case .reject: Localized(id: "Tolak", en: "Reject")
        default: Localized(verbatim: event.rawValue)
        }
    }

    static func confirm(_ event: ProposalEvent, id: Int64, title: String) -> Localized {
        let decision = decisionLabel(event)
        return Localized(
            id: "\(decision.id) usulan #\(id) “\(title)”?", en: "\(decision.en) proposal #\(id) “\(title)”?")
    }

    static func roleCannotReview(_ role: Role?) -> Localized {
        let name = Role.label(role)
        return Localized(
            id: "Peran \(name.id) tidak dapat menilai atau memutuskan usulan; hanya Penilai dan Admin.",
            en: "The role \(name.en) cannot score or decide proposals; only reviewers and admins can.")
    }

    static func roleNotAdmin(_ role: Role?) -> Localized {
        let name = Role.label(role)
        return Localized(
            id: "Hanya Admin yang dapat menugaskan penilai (peran Anda: \(name.id)).",
            en: "Only an admin can assign reviewers (your role: \(name.en)).")
    }

    static func marked(_ count: Int) -> Localized {
        Localized(id: "\(count) ditandai", en: "\(count) marked")
    }
}
