/// A week of the office's calendar, Monday to Sunday, as the week view and the agenda count it.
public struct CalendarWeek: Hashable, Sendable {
    /// The Monday the week starts on.
    public let monday: CalendarDay

    /// The week `day` falls in; a Sunday belongs to the week of the Monday before it.
    public init(containing day: CalendarDay) {
        monday = day.adding(days: 1 - day.isoWeekday)
    }

    /// The seven days, Monday first; they may cross a month's or a year's end.
    public var days: [CalendarDay] { (0..<7).map { monday.adding(days: $0) } }

    /// The Sunday the week ends on.
    public var sunday: CalendarDay { monday.adding(days: 6) }

    /// The week `count` weeks later (earlier when negative).
    public func adding(weeks count: Int) -> CalendarWeek {
        CalendarWeek(containing: monday.adding(days: 7 * count))
    }

    /// Whether `day` is one of the seven days.
    public func contains(_ day: CalendarDay) -> Bool { day >= monday && day <= sunday }
}
