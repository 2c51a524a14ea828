import InovasiCore

/// The mentoring calendar: a month grid, Monday first, with today, weekends, national holidays and
/// days with sessions marked, beside the agenda of the selected day; or the week or agenda list.
enum CalendarPaneView {
    /// Columns of one day in the grid: " 7•" plus a space.
    static let dayWidth = 4

    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        let language = state.language
        let focused = state.focus == .calendar
        let month = state.calendar.selectedDay
        let view = state.calendar.view
        let right =
            view == .week
            ? weekTitle(CalendarWeek(containing: month), language) : DateText.monthYear(month, language)
        let block = Block(
            title: DashboardView.paneTitle(.calendar, language) + " · " + view.label.text(language),
            rightTitle: right, focused: focused)
        block.render(into: &canvas, area: area, theme: theme)
        let inner = block.inner(area)
        guard view == .month else {
            SessionListView.render(state, area: inner, into: &canvas, theme: theme)
            if !focused { canvas.cursor = nil }
            return
        }
        let gridWidth = 7 * dayWidth
        grid(
            state, area: Rect(x: inner.x, y: inner.y, width: gridWidth, height: inner.height), into: &canvas,
            theme: theme)
        let agendaArea = Rect(
            x: inner.x + gridWidth + 1, y: inner.y, width: inner.width - gridWidth - 1, height: inner.height)
        let agendaRows = agenda(state, area: agendaArea, into: &canvas, theme: theme)
        let gridRows = 1 + MonthGrid(containing: month).weeks.count
        let free = inner.height - max(gridRows, agendaRows)
        CalendarLegend.render(language, area: inner, freeRows: free, into: &canvas, theme: theme)
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
        let busy = state.calendar.busyDays
        let grid = MonthGrid(containing: state.calendar.selectedDay)
        for (row, week) in grid.weeks.enumerated() where row + 1 < area.height {
            for (column, slot) in week.enumerated() {
                guard let day = slot else { continue }
                let x = area.x + column * dayWidth
                let y = area.y + 1 + row
                let holiday = state.context.holidays.holiday(on: day) != nil
                let mark = busy.contains(day) ? "•" : (holiday ? "*" : " ")
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
        let holiday = state.context.holidays.holiday(on: day) != nil
        return theme.style(column >= 5 || holiday ? .calendarWeekend : .base)
    }

    /// "7–13 Des 2026": the week shown, its days in the pane's right title.
    static func weekTitle(_ week: CalendarWeek, _ language: Language) -> String {
        let sunday = week.sunday
        let start =
            week.monday.month == sunday.month
            ? "\(week.monday.day)" : "\(week.monday.day) " + DateText.shortMonthName(week.monday.month, language)
        return start + "–\(sunday.day) " + DateText.shortMonthName(sunday.month, language) + " \(sunday.year)"
    }

    /// The selected day's sessions beside the grid: time, status mark, institution tag and title,
    /// then institution and mode; returns the rows used.
    @discardableResult
    static func agenda(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) -> Int {
        guard area.width >= 10 else { return 0 }
        let language = state.language
        let zone = state.context.timeZone
        let day = state.calendar.selectedDay
        let holiday = state.context.holidays.holiday(on: day).map { " * " + $0.name } ?? ""
        canvas.write(
            DateText.long(day, language) + holiday, x: area.x, y: area.y, width: area.width,
            style: theme.style(.tableHeader))
        let sessions = CalendarReducer.agenda(state.calendar, timeZone: zone)
        guard !sessions.isEmpty else {
            let inMonth = state.calendar.busyDays.contains { $0.firstOfMonth == day.firstOfMonth }
            let empty = inMonth ? DashboardText.noSessionsThatDay : CalendarText.noSessionsMonth
            let lines = TextLayout.wrap(empty.text(language), width: area.width)
            let shown = lines.prefix(max(0, area.height - 1))
            for (index, line) in shown.enumerated() {
                canvas.write(line, x: area.x, y: area.y + 1 + index, width: area.width, style: theme.style(.muted))
            }
            return 1 + shown.count
        }
        var y = area.y + 1
        for session in sessions where y < area.maxY {
            let time = DateText.time(session.startsAt, in: zone, language)
            let soon = SessionMarks.startsSoon(session, now: state.now)
            let role: ThemeRole = soon ? .warning : SessionMarks.role(session.status)
            canvas.write(time, x: area.x, y: y, width: 6, style: theme.style(role))
            let spans = [
                (text: SessionMarks.mark(session, now: state.now) + " ", role: role),
                (text: SessionMarks.tag(session, language) + " ", role: SessionMarks.institutionRole(session)),
                (text: session.title, role: role),
            ]
            SessionListView.drawSpans(spans, x: area.x + 6, y: y, width: area.width - 6, into: &canvas, theme: theme)
            y += 1
            if y < area.maxY {
                let detail = session.speakerInstitution + " · " + session.mode.label.text(language)
                canvas.write(detail, x: area.x + 6, y: y, width: area.width - 6, style: theme.style(.muted))
                y += 1
            }
        }
        return y - area.y
    }
}
