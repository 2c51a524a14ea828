/// The weeks of a month, Monday first, as the calendar pane draws them.
public struct MonthGrid: Hashable, Sendable {
    public let year: Int
    public let month: Int
    /// Rows of seven slots, Monday to Sunday; nil where the day belongs to another month.
    public let weeks: [[CalendarDay?]]

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
