import Foundation
import InovasiCore

/// The city page: the headline figures in large type (innovations per stage; OPDs with a main
/// innovation, n of N; proposals waiting and overdue) and the next mentoring session, with no person.
enum CityPageView {
    /// One figure: its label above, the number in large type, a caption below.
    struct Figure {
        var label: String
        var value: String
        var caption: String = ""
        var role: ThemeRole = .base
    }

    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        guard area.height > 2 else { return }
        let scale = area.width >= 120 && area.height >= 40 ? 2 : 1
        KioskView.title(KioskText.cityTitle.text(state.language), detail: nil, area: area, into: &canvas, theme: theme)
        var y = area.y + 2
        y = row(stageFigures(state), y: y, area: area, scale: scale, into: &canvas, theme: theme) + 1
        y = row(reviewFigures(state), y: y, area: area, scale: scale, into: &canvas, theme: theme) + 1
        nextSession(
            state, area: Rect(x: area.x, y: y, width: area.width, height: area.maxY - y), into: &canvas, theme: theme)
    }

    static func stageFigures(_ state: DashboardState) -> [Figure] {
        let rows = state.progress.all
        let roles: [Stage: ThemeRole] = [
            .initiative: .stageInitiative, .trial: .stageTrial, .implementation: .stageImplementation,
        ]
        return [Stage.initiative, .trial, .implementation].map { stage in
            let count = rows.reduce(0) { $0 + ($1.innovationsByStage[stage] ?? 0) }
            return Figure(
                label: stage.label.text(state.language), value: NumberText.grouped(count, state.language),
                role: roles[stage] ?? .base)
        }
    }

    static func reviewFigures(_ state: DashboardState) -> [Figure] {
        let language = state.language
        let rows = state.progress.all
        let share = MainInnovationCompliance(rows: rows).agencies
        let waiting = rows.reduce(0) { $0 + $1.waiting }
        let overdue = rows.reduce(0) { $0 + $1.overdue }
        return [
            Figure(
                label: KioskText.agenciesWithMain.text(language), value: "\(share.met)/\(share.total)",
                caption: KioskText.ofAgencies(share.total).text(language), role: .ok),
            Figure(label: KioskText.proposalsWaiting.text(language), value: NumberText.grouped(waiting, language)),
            Figure(
                label: KioskText.proposalsOverdue.text(language), value: NumberText.grouped(overdue, language),
                caption: KioskText.overdueAfter(state.context.overdueDays).text(language),
                role: overdue > 0 ? .overdue : .ok),
        ]
    }

    /// Draws `figures` side by side in equal columns from row `y`; returns the row after them.
    static func row(
        _ figures: [Figure], y: Int, area: Rect, scale: Int, into canvas: inout Canvas, theme: ResolvedTheme
    ) -> Int {
        let width = area.width / max(1, figures.count)
        let height = 1 + BigDigits.height * scale + 1
        for (index, figure) in figures.enumerated() {
            let column = Rect(x: area.x + index * width, y: y, width: width, height: height)
            draw(figure, in: column, scale: scale, into: &canvas, theme: theme)
        }
        return y + height + (scale > 1 ? 1 : 0)
    }

    /// One figure centred in `column`; a number too wide for large type is written in bold instead.
    static func draw(_ figure: Figure, in column: Rect, scale: Int, into canvas: inout Canvas, theme: ResolvedTheme) {
        centred(figure.label, y: column.y, in: column, style: theme.style(.tableHeader), into: &canvas)
        var digits = BigDigits(figure.value, scale: scale, role: figure.role)
        if digits.width > column.width - 2 { digits.scale = 1 }
        let top = column.y + 1
        if digits.width <= column.width - 2 {
            let x = column.x + (column.width - digits.width) / 2
            digits.render(
                into: &canvas, area: Rect(x: x, y: top, width: digits.width, height: digits.rows), theme: theme)
        } else {
            centred(figure.value, y: top + 2, in: column, style: theme.style(figure.role).adding(.bold), into: &canvas)
        }
        centred(figure.caption, y: column.maxY - 1, in: column, style: theme.style(.muted), into: &canvas)
    }

    static func centred(_ text: String, y: Int, in column: Rect, style: Style, into canvas: inout Canvas) {
        let shown = TextLayout.truncate(text, toWidth: column.width - 2)
        let x = column.x + max(1, (column.width - DisplayWidth.of(shown)) / 2)
        canvas.put(shown, x: x, y: y, maxWidth: column.width - 2, style: style)
    }

    /// The next scheduled session of the agenda: title, day, time and the institution's tag; no names.
    static func nextSession(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        guard area.height >= 2 else { return }
        let language = state.language
        let zone = state.context.timeZone
        let bold = theme.style(.base).adding(.bold)
        canvas.put(KioskText.nextSession.text(language), x: area.x + 2, y: area.y, style: theme.style(.tableHeader))
        let coming = state.kiosk.agenda.filter { $0.status == .scheduled && $0.startsAt >= state.now }
        guard let next = coming.first else {
            canvas.put(
                KioskText.noSession.text(language), x: area.x + 2, y: area.y + 1, maxWidth: area.width - 4,
                style: theme.style(.muted))
            return
        }
        let day = DateText.long(CalendarDay(containing: next.startsAt, in: zone), language)
        let time = DateText.time(next.startsAt, in: zone, language) + " " + DateText.zoneName(zone, at: next.startsAt)
        let tag = Institution.tag(of: next.speakerInstitution, language)
        var x = area.x + 2
        x += canvas.put(day + " · " + time + "  ", x: x, y: area.y + 1, maxWidth: area.maxX - x - 2, style: bold)
        canvas.put(
            " \(tag) ", x: x, y: area.y + 1, maxWidth: max(0, area.maxX - x - 2),
            style: theme.style(SessionMarks.institutionRole(next)).adding(.reverse))
        canvas.put(next.title, x: area.x + 2, y: area.y + 2, maxWidth: area.width - 4, style: bold)
        let room = Rect(x: area.x, y: area.y + 4, width: area.width, height: area.height - 5)
        later(
            Array(coming.dropFirst().prefix(max(0, min(laterCount, room.height)))), state, area: room, into: &canvas,
            theme: theme)
    }

    /// At most this many sessions after the next one, where the page has room.
    static let laterCount = 5

    /// The sessions after the next one, a line each: date, time, tag, title.
    static func later(
        _ sessions: [MentoringSession], _ state: DashboardState, area: Rect, into canvas: inout Canvas,
        theme: ResolvedTheme
    ) {
        let language = state.language
        let zone = state.context.timeZone
        for (row, session) in sessions.enumerated() {
            let y = area.y + row
            var x = area.x + 2
            let date = DateText.medium(session.startsAt, in: zone, language)
            let when = TextLayout.pad(date, toWidth: 13) + DateText.time(session.startsAt, in: zone, language) + "  "
            x += canvas.put(when, x: x, y: y, maxWidth: area.maxX - x, style: theme.style(.base))
            x += canvas.put(
                SessionMarks.tag(session, language), x: x, y: y, maxWidth: max(0, area.maxX - x),
                style: theme.style(SessionMarks.institutionRole(session)))
            canvas.put(session.title, x: x + 1, y: y, maxWidth: max(0, area.maxX - x - 3), style: theme.style(.base))
        }
    }
}
