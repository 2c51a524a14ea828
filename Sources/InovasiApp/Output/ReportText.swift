import InovasiCore

/// Titles and notes printed around the report and queue tables.
public enum ReportText {
    /// Title of the progress report: the city and the day it describes.
    public static func reportTitle(city: String, day: String) -> Localized {
        Localized(
            id: "\(city) — kemajuan inovasi per OPD, \(day)", en: "\(city) — innovation progress per agency, \(day)")
    }

    /// Note under a table with waiting and overdue counts, saying what they mean.
    public static func reportOverdueNote(days: Int) -> Localized {
        Localized(
            id: "Menunggu: usulan berstatus Diajukan atau Ditinjau. Terlambat: menunggu lebih dari \(days) hari.",
            en: "Waiting: proposals Submitted or In review. Overdue: waiting longer than \(days) days.")
    }

    /// Heading of the compliance lines under the report's table.
    public static let complianceHeading = Localized(
        id: "Kepatuhan Instruksi 1/2022 (inovasi utama):", en: "Instruksi 1/2022 compliance (main innovation):")

    /// Note under a report narrowed by `--only behind`: how many OPDs it lists and why.
    public static func behindNote(shown: String, of total: String) -> Localized {
        Localized(
            id: "\(shown) dari \(total) OPD tertinggal: tanpa inovasi utama atau dengan usulan terlambat.",
            en: "\(shown) of \(total) OPD behind: no main innovation, or proposals overdue.")
    }

    /// Title of `report --year`'s table: the city, the year and the day it was made.
    public static func yearTitle(city: String, year: Int, day: String) -> Localized {
        Localized(
            id: "\(city) — angka tahun \(year) per OPD, \(day)", en: "\(city) — figures of \(year) per agency, \(day)")
    }

    /// Note under a year's table: each figure is counted in the year of its own date, in the zone.
    public static func yearNote(zone: String) -> Localized {
        Localized(
            id: "Setiap angka dihitung pada tahun tanggalnya sendiri (zona \(zone)): usulan menurut tanggal diajukan, "
                + "keputusan menurut tanggal diputus (yang dibatalkan tidak dihitung), tahap menurut tanggal pindah.",
            en: "Each figure counts in the year of its own date (zone \(zone)): proposals by the day submitted, "
                + "decisions by the day decided (undone ones not counted), stages by the day of the move.")
    }
}
