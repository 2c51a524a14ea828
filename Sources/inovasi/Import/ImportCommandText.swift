import InovasiCore

/// The texts of `inovasi import`: help, the row reasons of the OPD file, and the summary.
enum ImportCommandText {
    static let help = Localized(
        id: "Mengimpor data dari berkas .csv, .xlsx atau .json (semua baris atau tidak sama sekali).",
        en: "Imports data from a .csv, .xlsx or .json file (every row or none).")
    static let discussion = Localized(
        id: "Format dibaca dari ekstensi berkas. Nama kolom boleh bahasa Indonesia atau Inggris; huruf besar, "
            + "spasi, garis bawah dan tanda hubung diabaikan. Bila ada baris bermasalah, semuanya dilaporkan, "
            + "tidak ada yang disimpan, dan status keluar 1.",
        en: "The format comes from the file's extension. Column names may be Indonesian or English; case, "
            + "spaces, underscores and hyphens are ignored. When rows are bad, every one is reported, nothing "
            + "is saved, and the exit status is 1.")
    static let fileHelp = Localized(id: "Berkas .csv, .xlsx atau .json.", en: "A .csv, .xlsx or .json file.")
    static let sheetHelp = Localized(
        id: "Lembar .xlsx yang dibaca (bawaan: lembar pertama).", en: "The .xlsx sheet to read (default: the first).")
    static let dryRunHelp = Localized(
        id: "Tampilkan yang akan ditambah dan diubah tanpa menyimpan.",
        en: "Show what would be added and changed without saving.")
    static let opdsHelp = Localized(
        id: "Mengimpor OPD dan bidangnya (khusus admin).", en: "Imports OPDs and their bidang (admin only).")
    static let opdsDiscussion = Localized(
        id: "Kolom: kode, nama, jenis (wajib); nama singkat, induk (kode kecamatan sebuah kelurahan), bidang "
            + "(dipisah ; atau |). Kode adalah kuncinya: impor ulang berkas yang sama tidak mengubah apa pun; "
            + "bidang yang belum ada ditambah, tidak ada yang dihapus.",
        en: "Columns: code, name, kind (required); short name, parent (a kelurahan's kecamatan code), bidang "
            + "(separated by ; or |). The code is the key: importing the same file again changes nothing; "
            + "missing bidang are added, none is removed.")

    static let badKind = Localized(
        id: "jenis tidak dikenal (sekretariat, inspektorat, badan, dinas, satuan, rsud, kecamatan, kelurahan)",
        en: "unknown kind (sekretariat, inspektorat, badan, dinas, satuan, rsud, kecamatan, kelurahan)")
    static func duplicateCode(_ first: Localized) -> Localized {
        Localized(composing: { language in
            duplicateCodeText(first.text(language)).text(language)
        })
    }
    static func duplicateCodeText(_ first: String) -> Localized {
        Localized(id: "kode sudah dipakai di \(first)", en: "code already used on \(first)")
    }
    static func tooLong(_ max: Int) -> Localized {
        Localized(id: "lebih dari \(max) karakter", en: "longer than \(max) characters")
    }
    static let parentOnlyForKelurahan = Localized(
        id: "hanya kelurahan yang punya induk", en: "only a kelurahan has a parent")
    static let parentMissing = Localized(
        id: "kelurahan wajib punya induk (kode kecamatannya)", en: "a kelurahan needs a parent (its kecamatan's code)")
    static let parentUnknown = Localized(
        id: "induk tidak ada di berkas maupun di data", en: "the parent is neither in the file nor in the store")
    static let parentNotKecamatan = Localized(id: "induk harus kecamatan", en: "the parent must be a kecamatan")

    static func summary(added: Int, changed: Int, divisions: Int, unchanged: Int, dryRun: Bool) -> Localized {
        dryRun
            ? Localized(
                id: "Akan ditambah \(added) OPD, diubah \(changed) OPD, ditambah \(divisions) bidang; "
                    + "\(unchanged) OPD tetap.",
                en: "Would add \(added) OPDs, change \(changed) OPDs, add \(divisions) bidang; "
                    + "\(unchanged) OPDs unchanged.")
            : Localized(
                id: "Ditambah \(added) OPD, diubah \(changed) OPD, ditambah \(divisions) bidang; "
                    + "\(unchanged) OPD tetap.",
                en: "Added \(added) OPDs, changed \(changed) OPDs, added \(divisions) bidang; "
                    + "\(unchanged) OPDs unchanged.")
    }
    static func addedLine(code: String, name: String, kind: Localized) -> Localized {
        Localized(composing: { language in "  + \(code)  \(name) (\(kind.text(language)))" })
    }
    static func changedLine(code: String) -> Localized {
        Localized(verbatim: "  ~ \(code)")
    }
    static func fieldChange(_ field: Localized, _ before: String, _ after: String) -> Localized {
        Localized(composing: { language in "      \(field.text(language)): \(before) → \(after)" })
    }
    static func kindChange(_ before: Localized, _ after: Localized) -> Localized {
        Localized(composing: { language in
            "      \(kindField.text(language)): \(before.text(language)) → \(after.text(language))"
        })
    }
    static func divisionLine(code: String, name: String) -> Localized {
        Localized(id: "  + bidang \(code): \(name)", en: "  + bidang of \(code): \(name)")
    }
    static let nameField = Localized(id: "nama", en: "name")
    static let kindField = Localized(id: "jenis", en: "kind")
    static let parentField = Localized(id: "induk", en: "parent")
    static let dryRunNothingSaved = Localized(
        id: "Uji coba (--dry-run): tidak ada yang disimpan.", en: "Dry run (--dry-run): nothing saved.")
}
