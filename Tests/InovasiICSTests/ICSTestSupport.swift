import Foundation

@testable import InovasiICS

/// Shared values of the calendar tests: the office's zone and wall times in it.
enum ICSTestSupport {
    static let jakarta = TimeZone(identifier: "Asia/Jakarta") ?? .gmt

    /// The instant of a wall time in `zone` (Jakarta unless given).
    static func date(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, zone: TimeZone = jakarta
    ) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))
            ?? .distantPast
    }

    /// A calendar text from lines, joined by CRLF.
    static func file(_ lines: [String]) -> String { lines.joined(separator: "\r\n") + "\r\n" }

    /// The physical lines of a written calendar, without their CRLF.
    static func physicalLines(_ text: String) -> [Substring] {
        text.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
    }

    /// A reader in Jakarta over a window wide enough for the test files.
    static func read(_ text: String, from: Date = date(2026, 1, 1), to: Date = date(2028, 1, 1)) throws(ICSError)
        -> [ICSEvent]
    {
        try ICSReader(zone: jakarta).read(text, from: from, to: to)
    }

    /// Events without the line they were read from, to compare with the events written.
    static func unplaced(_ events: [ICSEvent]) -> [ICSEvent] {
        events.map { event in
            var copy = event
            copy.line = 0
            return copy
        }
    }
}
