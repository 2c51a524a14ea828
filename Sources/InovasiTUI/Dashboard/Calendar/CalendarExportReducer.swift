import InovasiCore

/// `E` in the calendar pane: opens ``CalendarExportForm`` on the range shown; its submit asks for
/// the file (``DashboardEffect/exportCalendar(_:)``), whose result comes back as a flash. Exporting
/// only reads the store, so a read-only dashboard may export too.
enum CalendarExportReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .calendarExportRequested:
            state.form = .calendarExport(CalendarExportForm(state.calendar))
            return []
        case .calendarExported(let message):
            state.showFlash(message)
            return []
        case .calendarExportFailed(let message):
            state.showFlash(message, isError: true)
            return []
        default:
            return []
        }
    }

    /// The open form's key: submitting closes it and asks for the file.
    static func edit(_ open: CalendarExportForm, _ intent: FormIntent, _ state: inout DashboardState)
        -> [DashboardEffect]
    {
        var form = open
        let outcome = FormReducer.reduce(&form.form, intent)
        state.form = .calendarExport(form)
        guard outcome != .stay else { return [] }
        state.form = nil
        guard outcome == .submit else { return [] }
        return [.exportCalendar(form.request(zone: state.context.timeZone, language: state.language, now: state.now))]
    }
}
