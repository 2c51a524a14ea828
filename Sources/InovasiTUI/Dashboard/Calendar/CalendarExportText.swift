import InovasiCore

/// The words of the calendar pane's export (`E`).
enum CalendarExportText {
    static let title = Localized(id: "Ekspor kalender (.ics)", en: "Export the calendar (.ics)")
    static let pathField = Localized(id: "Berkas", en: "File")
    static let export = Localized(id: "Ekspor", en: "Export")
    static let exportKey = Localized(
        id: "kalender: ekspor rentang yang tampil ke .ics", en: "calendar: export the range shown to .ics")
    static func range(_ first: String, _ last: String) -> Localized {
        Localized(id: "Rentang: \(first) s.d. \(last)", en: "Range: \(first) to \(last)")
    }
    static func done(_ count: Int, _ path: String) -> Localized {
        Localized(
            id: "Diekspor \(count) jadwal pendampingan ke \(path)",
            en: "Exported \(count) mentoring sessions to \(path)")
    }
    static let unavailable = Localized(
        id: "Ekspor kalender tidak tersedia di sini", en: "Calendar export is not available here")
}
