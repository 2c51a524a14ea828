import InovasiCore

/// `--help` texts of `inovasi review` and of the new `queue` options, in both languages.
extension HelpText {
    static let reviewCommand = Localized(
        id: "Meninjau usulan dari baris perintah: ambil, nilai, putuskan, batalkan, tugaskan, riwayat.",
        en: "Reviews proposals from the command line: take, score, decide, undo, assign, history.")
    static let reviewDiscussion = Localized(
        id: """
            ID adalah nomor usulan seperti yang dicetak `inovasi queue --format json` sebagai `id`. Aturannya \
            sama dengan dasbor: peran, OPD sendiri, versi. Status keluar: 0 berhasil, 1 masukan salah atau \
            ditolak (data tidak berubah), 2 masalah penyimpanan.
            """,
        en: """
            ID is the proposal number as `inovasi queue --format json` prints it under `id`. The rules are the \
            dashboard's: role, own OPD, version. Exit status: 0 done, 1 bad input or refused (the data is \
            unchanged), 2 store problem.
            """)
    static let reviewTake = Localized(
        id: "Mengambil usulan untuk ditinjau (menjadi Ditinjau, atas nama Anda).",
        en: "Takes a proposal into review (it becomes In review, held by you).")
    static let reviewScore = Localized(
        id: "Menyimpan nilai Anda (1–5 per kriteria PP 38/2017) dan mencetak skor tertimbang serta rekomendasinya.",
        en: "Saves your scores (1–5 per PP 38/2017 criterion) and prints the weighted score and recommendation.")
    static let reviewApprove = Localized(
        id: "Menyetujui usulan; usulan menjadi inovasi pada tahapan Inisiatif di OPD-nya.",
        en: "Approves a proposal; it becomes an innovation at stage Initiative of its agency.")
    static let reviewRevise = Localized(
        id: "Meminta revisi usulan (wajib --note).", en: "Asks for a revision of a proposal (--note required).")
    static let reviewReject = Localized(
        id: "Menolak usulan (wajib --note).", en: "Rejects a proposal (--note required).")
    static let reviewUndo = Localized(
        id: "Membatalkan keputusan atau penugasan terakhir Anda pada usulan, sebagai peristiwa baru yang tercatat.",
        en: "Undoes your last decision or assignment on a proposal, as a new recorded event.")
    static let reviewAssign = Localized(
        id: "Menugaskan penilai pada satu usulan atau lebih, semua atau tidak sama sekali (khusus admin).",
        en: "Assigns a reviewer to one or more proposals, all or nothing (admin only).")
    static let reviewUnassign = Localized(
        id: "Melepas penilai dari usulan yang Ditinjau; usulan kembali Diajukan (khusus admin).",
        en: "Removes the reviewer from proposals In review; they become Submitted again (admin only).")
    static let reviewHistory = Localized(
        id: "Riwayat usulan (siapa, kapan, apa, catatan) dan nilai tiap penilai berdampingan.",
        en: "A proposal's history (who, when, what, note) and every reviewer's scores side by side.")
    static let reviewID = Localized(
        id: "Nomor usulan (`id` dari `inovasi queue`).", en: "Proposal number (`id` from `inovasi queue`).")
    static let reviewIDs = Localized(
        id: "Satu nomor usulan atau lebih.", en: "One or more proposal numbers.")
    static let reviewExpectVersion = Localized(
        id: "Versi usulan yang Anda lihat; ditolak bila orang lain sudah mengubahnya (bawaan: versi saat ini). "
            + "Untuk beberapa usulan, ulangi sekali per nomor, berurutan.",
        en: "The version of the proposal you saw; refused if someone else changed it since (default: the current "
            + "version). For several proposals, repeat it once per number, in order.")
    static let reviewNote = Localized(
        id: "Catatan keputusan (wajib untuk revise dan reject).",
        en: "Note on the decision (required for revise and reject).")
    static let reviewScoreNote = Localized(id: "Catatan umum penilaian.", en: "Overall note on the scores.")
    static let reviewCriterionNote = Localized(
        id: "Catatan per kriteria, kriteria=TEKS (renewal, benefit, burden, authority, replicable); boleh diulang.",
        en: "Note per criterion, criterion=TEXT (renewal, benefit, burden, authority, replicable); repeatable.")
    static let reviewTo = Localized(id: "Nama pengguna penilai.", en: "User name of the reviewer.")
    static let reviewFormat = Localized(
        id: "Format keluaran: text (bawaan) atau json.", en: "Output format: text (default) or json.")

    /// The help of the score option of one criterion.
    static func reviewCriterion(_ criterion: ReviewCriterion) -> Localized {
        Localized(
            id: "Nilai 1–5: \(criterion.label.id).", en: "Score 1–5: \(criterion.label.en).")
    }

    static let queueForm = Localized(
        id: "Hanya bentuk ini, dipisah koma: governance, publicService, otherAffairs.",
        en: "Only these forms, comma-separated: governance, publicService, otherAffairs.")
    static let queueKind = Localized(
        id: "Hanya jenis ini, dipisah koma: digital, nonDigital.",
        en: "Only these kinds, comma-separated: digital, nonDigital.")
    static let queueAssignee = Localized(
        id: "Penilai: me (Anda), none (belum ada) atau nama pengguna.",
        en: "Reviewer: me (you), none (unassigned) or a user name.")
    static let queueSort = Localized(
        id: "Urutan: age (terlama menunggu, bawaan), score (skor tertinggi), opd, title.",
        en: "Order: age (waiting longest, default), score (best score), opd, title.")
    static let queueReverse = Localized(
        id: "Membalik urutan (terbaru, skor terendah, Z ke A).", en: "Reverses the order (newest, worst, Z to A).")
}
