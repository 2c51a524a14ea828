extension CalendarDay {
    /// The same day `count` months later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb).
    public func adding(months count: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + count
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        let last = Self.daysIn(month: newMonth, year: newYear)
        return CalendarDay(year: newYear, month: newMonth, day: min(day, last)) ?? self
    }

    /// ISO weekday: 1 Monday … 7 Sunday, the order of the calendar's columns.
    public var isoWeekday: Int { (weekday + 5) % 7 + 1 }
}
