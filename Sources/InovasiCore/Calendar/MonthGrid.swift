/// The weeks of a month, Monday first, as the calendar pane draws them.
public struct MonthGrid: Hashable, Sendable {
    /// The year of the month shown, e.g. 2026.
    public let year: Int
    /// The month shown, 1 (January) to 12.
    public let month: Int
    /// Rows of seven slots, Monday to Sunday; nil where the day belongs to another month.
    public let weeks: [[CalendarDay?]]

    /// The grid of the month `day` falls in, padded with nil before the 1st and after the last day.
    public init(containing day: CalendarDay) {
        year = day.year
        month = day.month
        let first = day.firstOfMonth
        let leading = first.isoWeekday - 1
        let count = CalendarDay.daysIn(month: month, year: year)
        var slots: [CalendarDay?] = Array(repeating: nil, count: leading)
        slots += (1...count).map { CalendarDay(year: day.year, month: day.month, day: $0) }
        while slots.count % 7 != 0 { slots.append(nil) }
        weeks = stride(from: 0, to: slots.count, by: 7).map { Array(slots[$0..<$0 + 7]) }
    }
}
