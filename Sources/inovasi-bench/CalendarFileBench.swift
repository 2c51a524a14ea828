import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// The mentoring calendar as a file (issue 11 point 5): every session of the store exported as
/// iCalendar the way `inovasi export sessions FILE.ics` does (read, map, write), and that file
/// imported back the way `inovasi import sessions FILE.ics --dry-run` does (read, map, plan against
/// the store). A re-import of the store's own file must find every session unchanged; anything else
/// is a failure, not a figure. Works with any number of sessions.
struct CalendarFileBench {
    let now: Date
    let repetitions: Int
    let language: Language
    let zone = Settings.standard.timeZone
    let scratch: URL

    /// Before and after any session.
    static let from = Date(timeIntervalSince1970: 0)
    static let to = Date(timeIntervalSince1970: 253_402_300_799)

    func run(store: Store) throws -> [(Metric, Samples)] {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let file = scratch.appendingPathComponent("sesi.ics")
        var exported = Samples()
        var imported = Samples()
        var count = 0
        for _ in 0..<max(1, repetitions) {
            exported.add(try Stopwatch.milliseconds { count = try export(store, to: file) })
            imported.add(try Stopwatch.milliseconds { try plan(file, store: store, expected: count) })
        }
        return [(.exportICS, exported), (.importICS, imported)]
    }

    /// Every session to `file`; returns how many.
    func export(_ store: Store, to file: URL) throws -> Int {
        let sessions = try store.sessions(from: Self.from, to: Self.to)
        let mapping = SessionCalendarExport(directory: try SessionCalendarDirectory(store: store), language: language)
        try mapping.data(sessions, zone: zone, now: now).write(to: file, options: .atomic)
        return sessions.count
    }

    /// The file read, mapped and planned; every session must come back unchanged.
    func plan(_ file: URL, store: Store, expected: Int) throws {
        let mapping = SessionCalendarImport(
            directory: try SessionCalendarDirectory(store: store), zone: zone,
            defaults: SessionCalendarDefaults(language: language))
        let sessions = try mapping.read(try Data(contentsOf: file), from: Self.from, to: Self.to)
        let plan = try store.planSessionImport(sessions, now: now)
        guard plan.unchanged == expected, plan.added.isEmpty, plan.updated.isEmpty else {
            throw BenchFailure.calendarChanged(expected: expected, unchanged: plan.unchanged)
        }
    }
}
