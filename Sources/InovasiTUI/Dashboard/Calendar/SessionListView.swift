import Foundation
import InovasiCore

/// The week and agenda views: days with their sessions in time order, two lines a session (when and
/// what, then with whom and for which OPDs), a cursor on one session, marks for status and nearness.
enum SessionListView {
    /// One line of the list before it is drawn.
    enum Row {
        case day(CalendarDay, hasSessions: Bool)
        case session(index: Int, MentoringSession)
        case details(MentoringSession)
        case note(String, ThemeRole)
    }

    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        guard area.width >= 20, area.height >= 1 else { return }
        let all = rows(state, width: area.width)
        let cursorRow = all.firstIndex {
            if case .session(let index, _) = $0 { return index == state.calendar.sessionCursor }
            return false
        }
        let lastSession = state.calendar.listed(timeZone: state.context.timeZone).count - 1
        let atEnd = state.calendar.sessionCursor == lastSession
        // At the last session the notes below it come into view, but never push the cursor out.
        let end = min(max(0, all.count - area.height), cursorRow.map { max(0, $0 - 1) } ?? .max)
        let top = atEnd ? end : scrollTop(cursorRow, count: all.count, visible: area.height)
        for (offset, row) in all.dropFirst(top).prefix(area.height).enumerated() {
            draw(row, state, x: area.x, y: area.y + offset, width: area.width, into: &canvas, theme: theme)
        }
    }

    /// The first row shown: the cursor's session and its details stay in view, the day above it if room;
    /// on the last session the list's end shows (the agenda's uncovered OPDs).
    static func scrollTop(_ cursorRow: Int?, count: Int, visible: Int) -> Int {
        guard let cursorRow, count > visible else { return 0 }
        let wanted = max(0, cursorRow - 1)
        return min(max(0, cursorRow + 2 - visible), wanted, count - visible)
    }

    static func rows(_ state: DashboardState, width: Int) -> [Row] {
        let zone = state.context.timeZone
        let pane = state.calendar
        let listed = pane.listed(timeZone: zone)
        let byDay = Dictionary(grouping: listed.indices) { CalendarDay(containing: listed[$0].startsAt, in: zone) }
        let days: [CalendarDay] =
            pane.view == .week ? CalendarWeek(containing: pane.selectedDay).days : byDay.keys.sorted()
        var rows: [Row] = []
        for day in days {
            let indices = byDay[day] ?? []
            rows.append(.day(day, hasSessions: !indices.isEmpty))
            for index in indices { rows += [.session(index: index, listed[index]), .details(listed[index])] }
        }
        if listed.isEmpty {
            let empty = pane.view == .week ? CalendarText.noSessionsWeek : CalendarText.noSessionsAgenda
            rows.append(.note(empty.text(state.language), .muted))
        }
        if pane.view == .agenda { rows += uncoveredRows(state, listed, width: width) }
        return rows
    }

    /// The OPDs mentoring has not reached: no main innovation, no session in the agenda's 30 days.
    static func uncoveredRows(_ state: DashboardState, _ listed: [MentoringSession], width: Int) -> [Row] {
        let names = CoverageRule.uncovered(state.progress.all, sessions: listed).map(\.agency.name)
        let language = state.language
        guard !names.isEmpty else { return [.note("", .base), .note(CalendarText.allCovered.text(language), .muted)] }
        let heading = Row.note(CalendarText.uncoveredHeading.text(language), .tableHeader)
        let lines = TextLayout.wrap(names.joined(separator: ", "), width: width)
        return [.note("", .base), heading] + lines.map { .note($0, .warning) }
    }

    static func draw(
        _ row: Row, _ state: DashboardState, x: Int, y: Int, width: Int, into canvas: inout Canvas,
        theme: ResolvedTheme
    ) {
        let language = state.language
        let zone = state.context.timeZone
        switch row {
        case .day(let day, let hasSessions):
            let holiday = state.context.holidays.holiday(on: day)
            var text = DateText.long(day, language)
            if let holiday {
                text += " * " + holiday.name
            } else if day.isoWeekday >= 6 {
                text += " · " + CalendarText.weekendMark.text(language)
            }
            if !hasSessions { text += "  —" }
            let role: ThemeRole =
                day == state.today
                ? .calendarToday : (holiday != nil || day.isoWeekday >= 6 ? .calendarWeekend : .tableHeader)
            canvas.write(text, x: x, y: y, width: width, style: theme.style(role))
        case .session(let index, let session):
            let selected = index == state.calendar.sessionCursor && state.focus == .calendar
            let soon = SessionMarks.startsSoon(session, now: state.now)
            let time =
                DateText.time(session.startsAt, in: zone, language) + "–"
                + DateText.time(session.endsAt, in: zone, language)
            let text =
                (selected ? "›" : " ") + SessionMarks.mark(session, now: state.now) + " " + time + " " + session.title
            let role: ThemeRole = selected ? .calendarSelected : (soon ? .warning : SessionMarks.role(session.status))
            canvas.write(text, x: x, y: y, width: width, style: theme.style(role))
            if selected { canvas.cursor = Position(x: x, y: y) }
        case .details(let session):
            let agencies = SessionMarks.agencyNames(session, state.progress.all)
            let text = "    " + session.speakerName + " (" + session.speakerInstitution + ") · " + agencies
            canvas.write(text, x: x, y: y, width: width, style: theme.style(.muted))
        case .note(let text, let role):
            canvas.write(text, x: x, y: y, width: width, style: theme.style(role))
        }
    }
}
