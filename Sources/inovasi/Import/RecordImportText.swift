import InovasiCore

/// The texts of `inovasi import innovations` and `inovasi import proposals`.
enum RecordImportText {
    static let innovationsHelp = Localized(
        id: "Mengimpor inovasi (khusus admin).", en: "Imports innovations (admin only).")
    static let innovationsDiscussion = Localized(
        id: "Kolom wajib: judul, opd, bentuk, jenis, tahun mulai. Kuncinya OPD dan judul: baris yang sudah "
            + "ada dibiarkan, impor ulang berkas yang sama tidak mengubah apa pun. Lihat README untuk semua kolom.",
        en: "Required columns: title, opd, form, kind, started. The key is the OPD and the title: rows already "
            + "in the store are left as they are; importing the same file again changes nothing. See the "
            + "README for every column.")
    static let proposalsHelp = Localized(
        id: "Mengimpor usulan inovasi (khusus admin).", en: "Imports proposals (admin only).")
    static let proposalsDiscussion = Localized(
        id: "Kolom wajib: judul, opd, bentuk, jenis, tanggal pengajuan. Kuncinya OPD, judul dan tanggal "
            + "pengajuan: baris yang sudah ada dibiarkan, impor ulang berkas yang sama tidak mengubah apa pun. "
            + "Lihat README untuk semua kolom.",
        en: "Required columns: title, opd, form, kind, submitted. The key is the OPD, the title and the day "
            + "submitted: rows already in the store are left as they are; importing the same file again "
            + "changes nothing. See the README for every column.")

    static func summary(_ noun: Localized, added: Int, unchanged: Int, dryRun: Bool) -> Localized {
        Localized(composing: { language in
            let word = noun.text(language)
            return
                (dryRun
                ? Localized(
                    id: "Akan ditambah \(added) \(word); \(unchanged) sudah ada (tetap).",
                    en: "Would add \(added) \(word); \(unchanged) already in the store (unchanged).")
                : Localized(
                    id: "Ditambah \(added) \(word); \(unchanged) sudah ada (tetap).",
                    en: "Added \(added) \(word); \(unchanged) already in the store (unchanged)."))
                .text(language)
        })
    }
    static let proposalsNoun = Localized(id: "usulan", en: "proposals")
    static let innovationsNoun = Localized(id: "inovasi", en: "innovations")
    static func addedLine(opd: String, title: String, day: String) -> Localized {
        Localized(verbatim: "  + \(opd)  \(title) (\(day))")
    }
}
