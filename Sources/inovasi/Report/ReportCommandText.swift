import InovasiCore

/// Words of `inovasi report`'s own options: help and refusals.
enum ReportCommandText {
    static let sortHelp = Localized(
        id: "Urutkan OPD menurut kolom ini (angka terbesar dahulu, nama dari A): "
            + "code, name, initiative, trial, implementation, waiting, overdue, main, divisions.",
        en: "Order the agencies by this column (figures largest first, names from A): "
            + "code, name, initiative, trial, implementation, waiting, overdue, main, divisions.")
    static let reverseHelp = Localized(id: "Balik urutan --sort.", en: "Reverse the --sort order.")
    static let onlyHelp = Localized(
        id: "Hanya OPD tertinggal (behind): tanpa inovasi utama atau dengan usulan terlambat.",
        en: "Only the agencies behind (behind): no main innovation, or proposals overdue.")

    static func badSort(_ value: String) -> Localized {
        Localized(
            id: "Kolom “\(value)” untuk --sort tidak dikenal: pilih code, name, initiative, trial, implementation, "
                + "waiting, overdue, main atau divisions.",
            en: "Unknown column “\(value)” for --sort: choose code, name, initiative, trial, implementation, "
                + "waiting, overdue, main or divisions.")
    }

    static func badOnly(_ value: String) -> Localized {
        Localized(
            id: "Pilihan “\(value)” untuk --only tidak dikenal: pilih behind.",
            en: "Unknown choice “\(value)” for --only: choose behind.")
    }
}
