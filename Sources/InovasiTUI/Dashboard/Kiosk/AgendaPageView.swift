import Foundation
import InovasiCore

/// The calendar page: the coming two weeks as an agenda, day by day: time, title, the
/// narasumber's institution tag and the OPD codes; no person. Two columns on a wide screen.
enum AgendaPageView {
    /// One line of the agenda: a day's heading or a session.
    enum Line {
        case day(CalendarDay)
        case session(MentoringSession)
    }

    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        guard area.height > 2 else { return }
        let language = state.language
        KioskView.title(
            KioskText.agendaTitle.text(language), detail: range(state), area: area, into: &canvas, theme: theme)
        let lines = agendaLines(state)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        guard !lines.isEmpty else {
            canvas.put(
                KioskText.noSession.text(language), x: body.x + 2, y: body.y, maxWidth: body.width - 4,
                style: theme.style(.muted))
            return
        }
        let columns = area.width >= 120 && lines.count > body.height ? 2 : 1
        let width = body.width / columns
        let capacity = body.height * columns
        let shown = lines.count > capacity ? Array(lines.prefix(capacity - 1)) : lines
        for (index, line) in shown.enumerated() {
            let column = index / body.height
            let at = Rect(x: body.x + column * width + 1, y: body.y + index % body.height, width: width - 2, height: 1)
            draw(line, state, at: at, into: &canvas, theme: theme)
        }
        if shown.count < lines.count {
            let rest = lines[shown.count...].filter { if case .session = $0 { true } else { false } }.count
            let y = body.y + (capacity - 1) % body.height
            let x = body.x + (columns - 1) * width + 3
            canvas.put(KioskText.more(rest).text(language), x: x, y: y, maxWidth: width - 4, style: theme.style(.muted))
        }
    }

    /// "7 Des 2026 – 20 Des 2026": the days the agenda covers.
    static func range(_ state: DashboardState) -> String {
        let zone = state.context.timeZone
        let first = state.today.start(in: zone)
        let last = state.today.adding(days: KioskPageState.agendaDays - 1).start(in: zone)
        return DateText.medium(first, in: zone, state.language) + " - "
            + DateText.medium(last, in: zone, state.language)
    }

    /// Each day with sessions, its heading then its sessions by start time.
    static func agendaLines(_ state: DashboardState) -> [Line] {
        let zone = state.context.timeZone
        var lines: [Line] = []
        var current: CalendarDay?
        for session in state.kiosk.agenda {
            let day = CalendarDay(containing: session.startsAt, in: zone)
            if day != current {
                lines.append(.day(day))
                current = day
            }
            lines.append(.session(session))
        }
        return lines
    }

    /// The widest a session's title gets, so the OPD codes stay near it on a wide screen.
    static let maxTitleWidth = 56

    static func draw(
        _ line: Line, _ state: DashboardState, at area: Rect, into canvas: inout Canvas, theme: ResolvedTheme
    ) {
        let language = state.language
        switch line {
        case .day(let day):
            var text = DateText.long(day, language)
            if day == state.today { text += " · " + KioskText.today.text(language) }
            canvas.put(text, x: area.x, y: area.y, maxWidth: area.width, style: theme.style(.calendarToday))
        case .session(let session):
            let zone = state.context.timeZone
            let cancelled = session.status == .cancelled
            let base = theme.style(cancelled ? .muted : .base)
            var x = area.x + 2
            x += canvas.put(
                DateText.time(session.startsAt, in: zone, language) + "  ", x: x, y: area.y, style: base.adding(.bold))
            x += canvas.put(
                SessionMarks.tag(session, language), x: x, y: area.y,
                style: theme.style(SessionMarks.institutionRole(session)))
            let codes = SessionMarks.agencyCodes(session, state.progress.all)
            // The word goes first, so a long title's cut never hides that the session is off.
            let status = cancelled ? session.status.label.text(language).uppercased() + " · " : ""
            let room = max(0, area.maxX - x - 1)
            let titleWidth = min(maxTitleWidth, room * 2 / 3)
            let title = TextLayout.truncate(status + session.title, toWidth: titleWidth)
            canvas.put(title, x: x + 1, y: area.y, maxWidth: titleWidth, style: base)
            let codeWidth = max(0, room - titleWidth - 2)
            let shownCodes = TextLayout.truncate(codes, toWidth: codeWidth)
            canvas.put(shownCodes, x: x + titleWidth + 3, y: area.y, maxWidth: codeWidth, style: theme.style(.muted))
        }
    }
}
