import InovasiCore

extension KeyMap {
    /// The month grid: arrows and `hjkl` move the selected day by a day or a week, `[`/`]` by a month.
    static let calendarMonthBindings: [KeyBinding] =
        calendarDayBindings + [
            KeyBinding([.up, .character("k")], .dayMoved(-7), KeyHelpText.previousWeek),
            KeyBinding([.down, .character("j")], .dayMoved(7), KeyHelpText.nextWeek),
            KeyBinding([.character("["), .pageUp], .monthMoved(-1), KeyHelpText.previousMonth),
            KeyBinding([.character("]"), .pageDown], .monthMoved(1), KeyHelpText.nextMonth),
            KeyBinding([.character("t"), .home], .todayShown, KeyHelpText.backToToday),
            KeyBinding([.enter], .opened, KeyHelpText.sessionsOfTheDay),
        ] + calendarViewBindings

    /// The week: `j`/`k` move the cursor over its sessions, `[`/`]` go to the week before or after.
    static let calendarWeekBindings: [KeyBinding] =
        calendarSessionCursorBindings + calendarDayBindings + [
            KeyBinding([.character("["), .pageUp], .dayMoved(-7), KeyHelpText.previousWeek),
            KeyBinding([.character("]"), .pageDown], .dayMoved(7), KeyHelpText.nextWeek),
            KeyBinding([.character("t"), .home], .todayShown, KeyHelpText.backToToday),
            KeyBinding([.enter], .opened, CalendarText.openSession),
        ] + calendarViewBindings

    /// The agenda: `j`/`k` move the cursor over its sessions, `h`/`l` and `[`/`]` move the day it
    /// starts on by a day or a week.
    static let calendarAgendaBindings: [KeyBinding] =
        calendarSessionCursorBindings + calendarDayBindings + [
            KeyBinding([.character("["), .pageUp], .dayMoved(-7), CalendarText.agendaWeekEarlier),
            KeyBinding([.character("]"), .pageDown], .dayMoved(7), CalendarText.agendaWeekLater),
            KeyBinding([.character("t"), .home], .todayShown, CalendarText.agendaFromToday),
            KeyBinding([.enter], .opened, CalendarText.openSession),
        ] + calendarViewBindings

    /// `h`/`l` move the selected day in every view.
    static let calendarDayBindings: [KeyBinding] = [
        KeyBinding([.left, .character("h")], .dayMoved(-1), KeyHelpText.previousDay),
        KeyBinding([.right, .character("l")], .dayMoved(1), KeyHelpText.nextDay),
    ]

    /// The cursor over the sessions listed in the week and the agenda.
    static let calendarSessionCursorBindings: [KeyBinding] = [
        KeyBinding([.down, .character("j")], .rowMoved(1), CalendarText.nextSession),
        KeyBinding([.up, .character("k")], .rowMoved(-1), CalendarText.previousSession),
    ]

    /// `m`, `w`, `a` switch the calendar's view.
    static let calendarViewBindings: [KeyBinding] = [
        KeyBinding([.character("m")], .calendarViewChosen(.month), KeyHelpText.monthView),
        KeyBinding([.character("w")], .calendarViewChosen(.week), KeyHelpText.weekView),
        KeyBinding([.character("a")], .calendarViewChosen(.agenda), KeyHelpText.agendaView),
    ]
}
