import InovasiCore

/// Words of `inovasi report`'s own options: help and refusals.
enum ReportCommandText {
    static let sortHelp = Localized(
        id: "Urutkan OPD menurut kolom ini (angka terbesar dahulu, nama dari A): "
            + "code, name, initiative, trial, implementation, waiting, overdue, main, divisions; dengan --year juga "
            + "proposals, approved, revision, rejected, reached, moves, started.",
        en: "Order the agencies by this column (figures largest first, names from A): "
            + "code, name, initiative, trial, implementation, waiting, overdue, main, divisions; with --year also "
            + "proposals, approved, revision, rejected, reached, moves, started.")
    static let reverseHelp = Localized(id: "Balik urutan --sort.", en: "Reverse the --sort order.")
    static let onlyHelp = Localized(
        id: "Hanya OPD tertinggal (behind): tanpa inovasi utama atau dengan usulan terlambat.",
        en: "Only the agencies behind (behind): no main innovation, or proposals overdue.")

    static func badSort(_ value: String) -> Localized {
        Localized(
            id: "Kolom “\(value)” untuk --sort tidak dikenal: pilih code, name, initiative, trial, implementation, "
                + "waiting, overdue, main, divisions, atau dengan --year proposals, approved, revision, rejected, "
                + "reached, moves, started.",
            en: "Unknown column “\(value)” for --sort: choose code, name, initiative, trial, implementation, "
                + "waiting, overdue, main, divisions, or with --year proposals, approved, revision, rejected, "
                + "reached, moves, started.")
    }

    static func badOnly(_ value: String) -> Localized {
        Localized(
            id: "Pilihan “\(value)” untuk --only tidak dikenal: pilih behind.",
            en: "Unknown choice “\(value)” for --only: choose behind.")
    }

    static let yearHelp = Localized(
        id: "Angka satu tahun (misalnya 2026) per OPD, menurut tanggal masing-masing di zona kantor; "
            + "dengan --format markdown: laporan tahunan untuk Wali Kota.",
        en: "One year's figures (e.g. 2026) per agency, by each one's own date in the office's zone; "
            + "with --format markdown: the yearly report for the Wali Kota.")

    static func badYear(_ value: String) -> Localized {
        Localized(
            id: "Tahun “\(value)” untuk --year tidak dikenal: tulis empat angka dari "
                + "\(ReportingYear.allowed.lowerBound) sampai \(ReportingYear.allowed.upperBound), misalnya 2026.",
            en: "Unknown year “\(value)” for --year: write four digits from "
                + "\(ReportingYear.allowed.lowerBound) to \(ReportingYear.allowed.upperBound), e.g. 2026.")
    }

    static func sortNeedsYear(_ column: String) -> Localized {
        Localized(
            id: "Kolom “\(column)” untuk --sort adalah angka tahunan: tambahkan --year, misalnya --year 2026.",
            en: "Column “\(column)” for --sort is a yearly figure: add --year, e.g. --year 2026.")
    }
}
