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
}
