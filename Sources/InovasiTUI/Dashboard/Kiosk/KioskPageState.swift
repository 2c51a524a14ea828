import InovasiCore

/// Which wall page the kiosk shows and the data only the wall needs (the coming two weeks).
public struct KioskPageState: Hashable, Sendable {
    /// The position in the configured pages (``KioskSettings/pages``).
    public var index = 0
    /// The screenful of OPDs the OPD page shows, from 0.
    public var agencyPage = 0
    /// The sessions of the coming two weeks, from the start of ``agendaDay``, by start time.
    public var agenda: [MentoringSession] = []
    /// The day the agenda was asked for; a new day (midnight) reads it again.
    public var agendaDay: CalendarDay?

    /// The days the agenda covers, today first.
    public static let agendaDays = 14
    /// The most sessions the agenda reads: more than two weeks of a city ever hold, and a bound at
    /// national scale.
    public static let agendaLimit = 200

    /// The state before the first page: the first configured page, no agenda read.
    public init() {}

    /// The page shown now among `pages`; the city page when none are configured.
    public func page(in pages: [KioskPage]) -> KioskPage {
        pages.isEmpty ? .city : pages[index % pages.count]
    }
}
