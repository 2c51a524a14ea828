import Foundation
import InovasiCore

/// `E` in the calendar pane: one field, the file to write the range shown to, with a default named
/// after the range (`~/inovasi-sesi-2026-12.ics` for a month, `…-2026-W49.ics` for a week,
/// `…-2026-12-02.ics` for an agenda starting that day).
public struct CalendarExportForm: Hashable, Sendable {
    /// The first day exported.
    public var first: CalendarDay
    /// The last day exported (included).
    public var last: CalendarDay
    /// The field `path`.
    public var form: FormModel

    /// The form for the range `pane` shows.
    public init(_ pane: CalendarPaneState) {
        let (first, last, label) = Self.range(pane)
        self.first = first
        self.last = last
        var path = FormField(
            "path", CalendarExportText.pathField, .text(TextInput("~/inovasi-sesi-\(label).ics")), isRequired: true)
        path.maxLength = 1_000
        form = FormModel(fields: [path], submitLabel: CalendarExportText.export)
    }

    /// The file typed.
    public var path: String { form["path"]?.text.trimmingCharacters(in: .whitespaces) ?? "" }

    /// The days shown, with the default file name's label: the month in the month view, the week in
    /// the week view, the agenda's days in the agenda.
    static func range(_ pane: CalendarPaneState) -> (CalendarDay, CalendarDay, String) {
        let day = pane.selectedDay
        switch pane.view {
        case .month:
            return (day.firstOfMonth, day.lastOfMonth, String(format: "%04d-%02d", day.year, day.month))
        case .week:
            let days = pane.listedDays
            return (days.lowerBound, days.upperBound, ISOWeek.name(of: day))
        case .agenda:
            let days = pane.listedDays
            return (days.lowerBound, days.upperBound, day.description)
        }
    }

    /// The request of this form: its days in `zone`, stamped `now`.
    func request(zone: TimeZone, language: Language, now: Date) -> CalendarExportRequest {
        CalendarExportRequest(
            from: first.start(in: zone), to: last.adding(days: 1).start(in: zone), zone: zone, language: language,
            path: path, now: now)
    }
}
