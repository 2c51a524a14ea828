import ArgumentParser
import Foundation
import InovasiCore

/// `--from YYYY-MM-DD --to YYYY-MM-DD`: the days a calendar export or import covers, both included.
struct CalendarWindowOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.sessionsFrom.current, valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.sessionsTo.current, valueName: "YYYY-MM-DD"))
    var to: String?

    /// Whether either day was given.
    var isGiven: Bool { from != nil || to != nil }

    func validate() throws {
        let first = try InputCheck.day(from, option: "--from")
        let last = try InputCheck.day(to, option: "--to")
        if let first, let last, last < first {
            throw InputCheck.refuse(InputText.rangeReversed(from: first.description, to: last.description))
        }
    }

    /// The instants from the start of the first day to the start of the day after the last, in
    /// `zone`; a day not given is `first` or `last` (nil: unbounded).
    func interval(in zone: TimeZone, first: CalendarDay?, last: CalendarDay?) -> (Date, Date) {
        let firstDay = from.flatMap { CalendarDay(iso: $0) } ?? first
        let lastDay = to.flatMap { CalendarDay(iso: $0) } ?? last
        return (
            firstDay.map { $0.start(in: zone) } ?? Self.earliest,
            lastDay.map { $0.adding(days: 1).start(in: zone) } ?? Self.latest
        )
    }

    /// Before any session (1970).
    static let earliest = Date(timeIntervalSince1970: 0)
    /// After any session (the year 9999).
    static let latest = Date(timeIntervalSince1970: 253_402_300_799)
}
