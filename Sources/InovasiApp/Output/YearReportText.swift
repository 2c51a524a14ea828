import InovasiCore

/// Headings and sentences of the yearly report for the Wali Kota (`report --format markdown --year`).
enum YearReportText {
    static func title(city: String, year: Int) -> Localized {
        Localized(
            id: "\(city) — laporan inovasi daerah tahun \(year)", en: "\(city) — regional innovation report \(year)")
    }

    static func prepared(day: String) -> Localized {
        Localized(id: "Disusun \(day).", en: "Prepared \(day).")
    }

    static let summary = Localized(id: "Ringkasan kota", en: "City summary")
    static let figure = Localized(id: "Angka", en: "Figure")
    static let count = Localized(id: "Jumlah", en: "Count")
    static let compliance = Localized(id: "Kepatuhan Instruksi 1/2022", en: "Instruksi 1/2022 compliance")
    static let stages = Localized(id: "Tahapan inovasi", en: "Innovation stages")
    static let stage = Localized(id: "Tahap", en: "Stage")
    static let today = Localized(id: "Saat ini", en: "Today")

    static func reachedIn(_ year: Int) -> Localized {
        Localized(id: "Dicapai tahun \(year)", en: "Reached in \(year)")
    }

    static func movedBack(_ count: String) -> Localized {
        Localized(
            id: "Mundur ke tahap sebelumnya sepanjang tahun: \(count).",
            en: "Moved back to an earlier stage in the year: \(count).")
    }

    static let behind = Localized(id: "OPD paling tertinggal", en: "Agencies furthest behind")
    static let noneBehind = Localized(
        id: "Tidak ada OPD tertinggal: semua punya inovasi utama dan tidak ada usulan terlambat.",
        en: "No agency is behind: each has a main innovation and no proposal is overdue.")

    static func firstShown(_ count: String) -> Localized {
        Localized(
            id: "Ditampilkan \(count) teratas: terbanyak usulan terlambat, lalu yang tanpa inovasi utama.",
            en: "The first \(count) are shown: most proposals overdue, then those without a main innovation.")
    }

    static let mentoring = Localized(id: "Pendampingan yang terlaksana", en: "Mentoring held")
    static let institution = Localized(id: "Lembaga narasumber", en: "Resource person's institution")
    static let sessions = Localized(id: "Sesi", en: "Sessions")

    static func sessionsDone(_ count: String) -> Localized {
        Localized(id: "Sesi pendampingan selesai: \(count).", en: "Mentoring sessions done: \(count).")
    }

    static func reached(_ count: String, of total: String) -> Localized {
        Localized(id: "OPD yang terjangkau: \(count) dari \(total).", en: "Agencies reached: \(count) of \(total).")
    }

    static let perAgency = Localized(id: "Angka per OPD", en: "Figures per agency")
}
