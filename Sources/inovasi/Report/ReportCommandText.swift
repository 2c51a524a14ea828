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

    static let trendHelp = Localized(
        id: "Tren per bulan: usulan masuk, keputusan dan pindah tahap (12 bulan terakhir kecuali diminta lain).",
        en: "Trend per month: proposals in, decisions and stage moves (the last 12 months unless asked otherwise).")
    static let opdHelp = Localized(
        id: "Dengan --trend: hanya OPD berkode ini (tanpa: seluruh kota).",
        en: "With --trend: only the agency with this code (without: the whole city).")
    static let monthsHelp = Localized(
        id: "Dengan --trend: jumlah bulan yang ditampilkan (1–120, bawaan 12).",
        en: "With --trend: how many months to show (1–120, 12 by default).")
    static let fromHelp = Localized(id: "Dengan --trend: bulan pertama.", en: "With --trend: the first month.")
    static let toHelp = Localized(
        id: "Dengan --trend: bulan terakhir (bawaan: bulan ini).",
        en: "With --trend: the last month (default: this month).")
    static let trendOnly = Localized(
        id: "--opd, --months, --from dan --to hanya berlaku bersama --trend.",
        en: "--opd, --months, --from and --to apply only with --trend.")
    static func notWithTrend(_ option: String) -> Localized {
        Localized(
            id: "\(option) tidak berlaku bersama --trend (tren per bulan sudah berurutan menurut waktu).",
            en: "\(option) does not apply with --trend (a monthly trend is already in time order).")
    }
    static let monthsWithRange = Localized(
        id: "Pilih --months atau --from dengan --to, tidak keduanya.",
        en: "Choose --months or --from with --to, not both.")

    static func badMonths(_ count: Int, most: Int) -> Localized {
        Localized(
            id: "Tren mencakup 1 sampai \(most) bulan, bukan \(count).",
            en: "A trend covers 1 to \(most) months, not \(count).")
    }

    static func badMonth(_ value: String, option: String) -> Localized {
        Localized(
            id: "Bulan “\(value)” untuk \(option) tidak dikenal: tulis TTTT-BB, misalnya 2026-01.",
            en: "Unknown month “\(value)” for \(option): write YYYY-MM, for example 2026-01.")
    }

    static func backwardRange(from: String, to: String) -> Localized {
        Localized(
            id: "Bulan pertama \(from) jatuh setelah bulan terakhir \(to).",
            en: "The first month \(from) comes after the last month \(to).")
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
