import Foundation
import InovasiCore

/// The week and agenda views: days with their sessions in time order, a session on one line when
/// the width allows (when, status, institution tag, what, with whom, for which OPDs) or else on two
/// (when and what, then with whom and for which OPDs), a cursor on one session, marks for status,
/// nearness and institution.
enum SessionListView {
    /// One line of the list before it is drawn.
    enum Row {
        case day(CalendarDay, hasSessions: Bool)
        /// A session's first line; `whole` when its narasumber and OPDs fit on it too.
        case session(index: Int, MentoringSession, whole: Bool)
        case details(MentoringSession)
        case note(String, ThemeRole)
    }

    /// The spans of a session's first line the selection bar covers: cursor, status and time, tag, title.
    static let barSpans = 3

    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        guard area.width >= 20, area.height >= 1 else { return }
        let all = rows(state, width: area.width)
        let cursorRow = all.firstIndex {
            if case .session(let index, _, _) = $0 { return index == state.calendar.sessionCursor }
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
        let free = area.height - (all.count - top)
        CalendarLegend.render(state.language, area: area, freeRows: free, into: &canvas, theme: theme)
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
        // One line a session when every one fits, else two lines each: the list reads evenly.
        let whole = listed.allSatisfy { DisplayWidth.of(sessionText($0, state, whole: true)) <= width }
        var rows: [Row] = []
        for day in days {
            let indices = byDay[day] ?? []
            rows.append(.day(day, hasSessions: !indices.isEmpty))
            for index in indices {
                let session = listed[index]
                rows += [.session(index: index, session, whole: whole)] + (whole ? [] : [.details(session)])
            }
        }
        if listed.isEmpty {
            let empty = pane.view == .week ? CalendarText.noSessionsWeek : CalendarText.noSessionsAgenda
            rows.append(.note(empty.text(state.language), .muted))
        }
        if pane.view == .agenda, pane.listComplete || pane.sessions.isEmpty {
            rows += uncoveredRows(state, width: width)
        }
        return rows
    }

    /// The OPDs mentoring has not reached: no main innovation, no session in the coming 30 days (as
    /// read when the agenda was shown), below the agenda's last page.
    static func uncoveredRows(_ state: DashboardState, width: Int) -> [Row] {
        guard let uncovered = state.calendar.uncovered else { return [] }
        let names = CoverageRule.byName(uncovered).map(\.name)
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
        case .session(let index, let session, let whole):
            let selected = index == state.calendar.sessionCursor && state.focus == .calendar
            let soon = SessionMarks.startsSoon(session, now: state.now)
            let status: ThemeRole = soon ? .warning : SessionMarks.role(session.status)
            // The bar covers the cursor, time, tag and title; a whole line's tail (narasumber, OPDs)
            // keeps its look, so a cursor move rewrites only the start of two rows.
            let spans = sessionSpans(session, state, whole: whole, selected: selected).enumerated().map {
                (text: $1.text, role: selected && $0 < barSpans ? ThemeRole.calendarSelected : $1.role ?? status)
            }
            drawSpans(spans, x: x, y: y, width: width, into: &canvas, theme: theme)
            if selected { canvas.cursor = Position(x: x, y: y) }
        case .details(let session):
            let text = "    " + speaker(session, institution: true) + " · " + agencies(session, state)
            canvas.write(text, x: x, y: y, width: width, style: theme.style(.muted))
        case .note(let text, let role):
            canvas.write(text, x: x, y: y, width: width, style: theme.style(role))
        }
    }

    /// The parts of a session's first line, each with its role (nil: the status's role): the cursor,
    /// the status mark and the time, the institution tag, the title, and on a `whole` line the
    /// narasumber and the OPD codes.
    static func sessionSpans(_ session: MentoringSession, _ state: DashboardState, whole: Bool, selected: Bool)
        -> [(text: String, role: ThemeRole?)]
    {
        let language = state.language
        let zone = state.context.timeZone
        let time =
            DateText.time(session.startsAt, in: zone, language) + "–"
            + DateText.time(session.endsAt, in: zone, language)
        var spans: [(text: String, role: ThemeRole?)] = [
            ((selected ? "›" : " ") + SessionMarks.mark(session, now: state.now) + " " + time + " ", nil),
            (SessionMarks.tag(session, language) + " ", SessionMarks.institutionRole(session)),
            (session.title, nil),
        ]
        if whole {
            spans.append((" · " + speaker(session, institution: false) + " · " + agencies(session, state), .muted))
        }
        return spans
    }

    /// A session's first line as plain text, to measure whether it fits.
    static func sessionText(_ session: MentoringSession, _ state: DashboardState, whole: Bool) -> String {
        sessionSpans(session, state, whole: whole, selected: false).map(\.text).joined()
    }

    /// The narasumber, with the institution as typed when the tag alone would not say it.
    static func speaker(_ session: MentoringSession, institution: Bool) -> String {
        institution && !session.speakerInstitution.isEmpty
            ? session.speakerName + " (" + session.speakerInstitution + ")" : session.speakerName
    }

    static func agencies(_ session: MentoringSession, _ state: DashboardState) -> String {
        SessionMarks.agencyCodes(session, state.progress.all)
    }

    /// Draws `spans` left to right in `width` columns, each in its role; the last one takes the
    /// rest of the row and any span running past the edge is cut with "…".
    static func drawSpans(
        _ spans: [(text: String, role: ThemeRole)], x: Int, y: Int, width: Int, into canvas: inout Canvas,
        theme: ResolvedTheme
    ) {
        var column = x
        for (offset, span) in spans.enumerated() {
            let left = x + width - column
            guard left > 0 else { return }
            let spanWidth = offset == spans.count - 1 ? left : min(DisplayWidth.of(span.text), left)
            canvas.write(span.text, x: column, y: y, width: spanWidth, style: theme.style(span.role))
            column += spanWidth
        }
    }
}
