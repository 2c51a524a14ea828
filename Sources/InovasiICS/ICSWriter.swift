import Foundation

/// Writes events as an RFC 5545 calendar: `VCALENDAR` with `METHOD:PUBLISH`, a `VTIMEZONE` for the
/// zone the times are written in, one `VEVENT` per event; TEXT escaped, lines folded at 75 octets,
/// CRLF line ends.
public struct ICSWriter: Sendable {
    /// `PRODID`: who wrote the file.
    public var productID: String
    /// The zone the events' times are written in (`DTSTART;TZID=…`), and described in `VTIMEZONE`.
    public var zone: TimeZone
    /// `DTSTAMP` of every event: when the file was written.
    public var stamp: Date
    /// A display name for the calendar (`X-WR-CALNAME`, read by Google Calendar and Thunderbird).
    public var name: String?

    /// A writer for times in `zone`, stamped `stamp`.
    public init(productID: String, zone: TimeZone, stamp: Date, name: String? = nil) {
        self.productID = productID
        self.zone = zone
        self.stamp = stamp
        self.name = name
    }

    /// The calendar as text, every line folded and ended by CRLF.
    public func write(_ events: [ICSEvent]) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "PRODID:" + ICSEscaping.escape(productID), "VERSION:2.0", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        if let name { lines.append("X-WR-CALNAME:" + ICSEscaping.escape(name)) }
        if events.contains(where: { !$0.isAllDay }) {
            lines += ICSTimeZoneWriter(zone: zone).lines(covering: span(of: events))
        }
        for event in events { lines += eventLines(event) }
        lines.append("END:VCALENDAR")
        return lines.map { ICSFolding.fold($0) + "\r\n" }.joined()
    }

    /// The calendar as UTF-8 octets, for a file.
    public func data(_ events: [ICSEvent]) -> Data { Data(write(events).utf8) }

    private func span(of events: [ICSEvent]) -> DateInterval {
        let starts = events.map(\.start)
        let ends = events.map(\.end)
        let first = starts.min() ?? stamp
        return DateInterval(start: first, end: max(ends.max() ?? first, first))
    }

    private func eventLines(_ event: ICSEvent) -> [String] {
        var lines = [
            "BEGIN:VEVENT", "UID:" + ICSEscaping.escape(event.uid), "SEQUENCE:\(max(0, event.sequence))",
            "DTSTAMP:" + utc(stamp),
        ]
        if event.isAllDay {
            lines.append("DTSTART;VALUE=DATE:" + ICSWallClock.format(wall(event.start), dateOnly: true))
            lines.append("DTEND;VALUE=DATE:" + ICSWallClock.format(allDayEnd(event), dateOnly: true))
        } else {
            lines.append("DTSTART" + zoned(event.start))
            lines.append("DTEND" + zoned(max(event.end, event.start)))
        }
        lines.append("SUMMARY:" + ICSEscaping.escape(event.summary))
        if let location = event.location, !location.isEmpty {
            lines.append("LOCATION:" + ICSEscaping.escape(location))
        }
        if let description = event.description, !description.isEmpty {
            lines.append("DESCRIPTION:" + ICSEscaping.escape(description))
        }
        lines.append("STATUS:" + event.status.rawValue)
        if let url = event.url.map(Self.cleanURL), !url.isEmpty { lines.append("URL:" + url) }
        let categories = event.categories.filter { !$0.isEmpty }
        if !categories.isEmpty {
            lines.append("CATEGORIES:" + categories.map(ICSEscaping.escape).joined(separator: ","))
        }
        lines += event.extras.filter { ICSExtraProperty.isExtra($0.name) }.map(\.line)
        if event.status == .cancelled { lines.append("TRANSP:TRANSPARENT") }
        lines.append("END:VEVENT")
        return lines
    }

    private func wall(_ instant: Date) -> Date { ICSWallClock.wall(of: instant, in: zone) }

    /// The day after the last day, at least one day after the first.
    private func allDayEnd(_ event: ICSEvent) -> Date {
        let first = ICSWallClock.calendar.startOfDay(for: wall(event.start))
        let end = wall(event.end)
        let last = ICSWallClock.calendar.startOfDay(for: end)
        let after = last == end ? last : ICSWallClock.adding(days: 1, to: last)
        return max(after, ICSWallClock.adding(days: 1, to: first))
    }

    private func utc(_ instant: Date) -> String { ICSWallClock.format(instant) + "Z" }

    /// `;TZID=Asia/Jakarta:20261207T090000`, or `:20261025T003000Z` for a time in the hour a
    /// daylight-saving change makes ambiguous, which a wall time cannot name (a reader takes the first).
    private func zoned(_ instant: Date) -> String {
        let wall = wall(instant)
        guard ICSZone.foundation(zone).instant(wall) == instant else { return ":" + utc(instant) }
        return ";TZID=\(zone.identifier):" + ICSWallClock.format(wall)
    }

    /// A URI value is not escaped; whitespace and control characters, which no URI holds, are dropped.
    private static func cleanURL(_ url: String) -> String {
        String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
    }
}
