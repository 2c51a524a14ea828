import InovasiCore

/// The texts of `inovasi export` and of importing a whole store.
enum ExportText {
    static let help = Localized(
        id: "Mengekspor data ke JSON, CSV (satu berkas per tabel dalam folder) atau .xlsx (satu lembar per tabel).",
        en: "Exports the data to JSON, CSV (one file per table in a folder) or .xlsx (one sheet per table).")
    static let discussion = Localized(
        id: "JENIS: all (bawaan), opds, bidang, aliases, users, innovations, proposals, assignments, sessions, "
            + "audit. Kalender: `inovasi export sessions BERKAS.ics [--from --to]`. JSON memuat seluruh data dan dapat diimpor kembali dengan `inovasi import BERKAS.json` ke "
            + "data baru dari `inovasi init`. Format bawaan diambil dari ekstensi BERKAS (.json, .xlsx; lainnya "
            + "folder CSV).",
        en: "KIND: all (default), opds, bidang, aliases, users, innovations, proposals, assignments, sessions, "
            + "audit. Calendar: `inovasi export sessions FILE.ics [--from --to]`. JSON holds the whole store and imports back with `inovasi import FILE.json` into a new "
            + "store made by `inovasi init`. The format defaults from FILE's extension (.json, .xlsx; else a CSV "
            + "folder).")
    static let argumentsHelp = Localized(
        id: "[JENIS] BERKAS: apa yang diekspor, lalu berkas (atau folder untuk CSV).",
        en: "[KIND] FILE: what to export, then the file (or the folder for CSV).")
    static let formatHelp = Localized(
        id: "json, csv, xlsx, atau ics (jadwal pendampingan sebagai kalender iCalendar).",
        en: "json, csv, xlsx, or ics (the mentoring sessions as an iCalendar calendar).")
    static let windowOnlyICS = Localized(
        id: "--from dan --to hanya untuk ekspor kalender (--format ics atau BERKAS.ics)",
        en: "--from and --to are only for a calendar export (--format ics or FILE.ics)")
    static func icsOnlySessions(_ kind: String) -> Localized {
        Localized(
            id: "format ics hanya untuk jadwal pendampingan (sessions), bukan \(kind)",
            en: "the ics format is only for mentoring sessions (sessions), not \(kind)")
    }
    static func sessionsDone(_ count: Int, path: String) -> Localized {
        Localized(
            id: "Diekspor \(count) jadwal pendampingan ke \(path).",
            en: "Exported \(count) mentoring sessions to \(path).")
    }
    static func badFormat(_ text: String) -> Localized {
        Localized(
            id: "format tidak dikenal: \(text) (json, csv, xlsx, ics)",
            en: "unknown format: \(text) (json, csv, xlsx, ics)")
    }
    static func badKind(_ text: String, _ kinds: String) -> Localized {
        Localized(id: "jenis ekspor tidak dikenal: \(text) (\(kinds))", en: "unknown export kind: \(text) (\(kinds))")
    }
    static let badArguments = Localized(
        id: "tulis [JENIS] BERKAS, misalnya `inovasi export proposals --format csv usulan`",
        en: "write [KIND] FILE, e.g. `inovasi export proposals --format csv proposals`")
    static func cannotWrite(_ path: String, _ reason: String) -> Localized {
        Localized(id: "tidak dapat menulis \(path): \(reason)", en: "cannot write \(path): \(reason)")
    }
    static func done(tables: Int, rows: Int, path: String) -> Localized {
        Localized(
            id: "Diekspor \(tables) tabel (\(rows) baris) ke \(path).",
            en: "Exported \(tables) tables (\(rows) rows) to \(path).")
    }

    static let importStoreHelp = Localized(
        id: "Mengimpor seluruh data dari .json hasil `inovasi export` ke data baru dari `inovasi init` (bawaan).",
        en: "Imports a whole store from a .json made by `inovasi export` into a new one made by `inovasi init` "
            + "(the default).")
    static let importFileHelp = Localized(
        id: "Berkas .json hasil `inovasi export`.", en: "A .json file made by `inovasi export`.")
    static func notJSON(_ path: String) -> Localized {
        Localized(
            id: "\(path): impor seluruh data hanya dari .json hasil `inovasi export`; untuk lembar kerja tulis "
                + "jenisnya: `inovasi import opds|innovations|proposals BERKAS`",
            en: "\(path): a whole-store import reads only a .json made by `inovasi export`; for a spreadsheet "
                + "name its kind: `inovasi import opds|innovations|proposals FILE`")
    }
    static func cannotRead(_ path: String) -> Localized {
        Localized(id: "tidak dapat membaca \(path)", en: "cannot read \(path)")
    }
    static func imported(rows: Int, tables: Int, audit: Int, path: String) -> Localized {
        Localized(
            id: "Diimpor \(rows) baris dari \(tables) tabel dan \(audit) catatan audit dari \(path).",
            en: "Imported \(rows) rows of \(tables) tables and \(audit) audit entries from \(path).")
    }
}
