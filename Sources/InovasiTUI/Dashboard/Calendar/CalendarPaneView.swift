import InovasiCore

/// The mentoring calendar: a month grid, Monday first, with today and days with sessions
/// marked, beside the agenda of the selected day.
enum CalendarPaneView {
    /// Columns of one day in the grid: " 7•" plus a space.
    static let dayWidth = 4

    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        let language = state.language
        let focused = state.focus == .calendar
        let month = state.calendar.selectedDay
        let block = Block(
            title: DashboardView.paneTitle(.calendar, language), rightTitle: DateText.monthYear(month, language),
            focused: focused)
        block.render(into: &canvas, area: area, theme: theme)
        let inner = block.inner(area)
        let gridWidth = 7 * dayWidth
        grid(
            state, area: Rect(x: inner.x, y: inner.y, width: gridWidth, height: inner.height), into: &canvas,
            theme: theme)
        let agendaArea = Rect(
            x: inner.x + gridWidth + 1, y: inner.y, width: inner.width - gridWidth - 1, height: inner.height)
        agenda(state, area: agendaArea, into: &canvas, theme: theme)
        if !focused { canvas.cursor = nil }
    }

    static func grid(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        let language = state.language
        for weekday in 1...7 {
            let name = String(DateText.weekdayName(weekday % 7 + 1, language).prefix(3))
            let role: ThemeRole = weekday >= 6 ? .calendarWeekend : .tableHeader
            canvas.write(
                name, x: area.x + (weekday - 1) * dayWidth, y: area.y, width: dayWidth - 1, alignment: .right,
                style: theme.style(role))
        }
        let busy = Set(state.calendar.sessions.map { CalendarDay(containing: $0.startsAt, in: state.context.timeZone) })
        let grid = MonthGrid(containing: state.calendar.selectedDay)
        for (row, week) in grid.weeks.enumerated() where row + 1 < area.height {
            for (column, slot) in week.enumerated() {
                guard let day = slot else { continue }
                let x = area.x + column * dayWidth
                let y = area.y + 1 + row
                let mark = busy.contains(day) ? "•" : " "
                let text = (day.day < 10 ? " " : "") + "\(day.day)" + mark
                canvas.write(text, x: x, y: y, width: dayWidth - 1, style: dayStyle(day, column, busy, state, theme))
                if day == state.calendar.selectedDay { canvas.cursor = Position(x: x, y: y) }
            }
        }
    }

    static func dayStyle(
        _ day: CalendarDay, _ column: Int, _ busy: Set<CalendarDay>, _ state: DashboardState, _ theme: ResolvedTheme
    ) -> Style {
        if day == state.calendar.selectedDay { return theme.style(.calendarSelected) }
        if day == state.today { return theme.style(.calendarToday) }
        if busy.contains(day) { return theme.style(.calendarEvent) }
        return theme.style(column >= 5 ? .calendarWeekend : .base)
    }

    static func agenda(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        guard area.width >= 10 else { return }
        let language = state.language
        let zone = state.context.timeZone
        let day = state.calendar.selectedDay
        canvas.write(
            DateText.long(day, language), x: area.x, y: area.y, width: area.width, style: theme.style(.tableHeader))
        let sessions = CalendarReducer.agenda(state.calendar, timeZone: zone)
        guard !sessions.isEmpty else {
            let empty =
                state.calendar.sessions.isEmpty ? CalendarText.noSessionsMonth : DashboardText.noSessionsThatDay
            let lines = TextLayout.wrap(empty.text(language), width: area.width)
            for (index, line) in lines.prefix(max(0, area.height - 1)).enumerated() {
                canvas.write(line, x: area.x, y: area.y + 1 + index, width: area.width, style: theme.style(.muted))
            }
            return
        }
        var y = area.y + 1
        for session in sessions where y < area.maxY {
            let time = DateText.time(session.startsAt, in: zone, language)
            let role: ThemeRole = session.status == .cancelled ? .muted : .base
            canvas.write(time, x: area.x, y: y, width: 6, style: theme.style(.calendarEvent))
            canvas.write(session.title, x: area.x + 6, y: y, width: area.width - 6, style: theme.style(role))
            y += 1
            if y < area.maxY {
                let detail = session.speakerInstitution + " · " + session.mode.label.text(language)
                canvas.write(detail, x: area.x + 6, y: y, width: area.width - 6, style: theme.style(.muted))
                y += 1
            }
        }
    }
}
