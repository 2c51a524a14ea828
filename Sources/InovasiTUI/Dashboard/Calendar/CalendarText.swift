import InovasiCore

/// Words of the mentoring calendar pane.
enum CalendarText {
    static let noSessionsMonth = Localized(
        id: "Belum ada sesi bulan ini.", en: "No sessions this month.")
}
