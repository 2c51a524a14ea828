import Foundation

/// Reads an RFC 5545 calendar (from this program, Google Calendar, Outlook, Thunderbird) into
/// events: unfolded, unescaped, times resolved to instants, recurring events expanded over a
/// window with their exceptions and overrides. A malformed file is refused whole, with the line.
public struct ICSReader: Sendable {
    /// The zone of floating times and of all-day dates: the office's configured zone.
    public var zone: TimeZone

    /// A reader placing floating times and dates in `zone`.
    public init(zone: TimeZone) {
        self.zone = zone
    }

    /// The events of `data` starting in [`from`, `to`), in start order; a recurring event gives
    /// one event per occurrence (each with its `recurrenceID`), an override replacing its
    /// occurrence, an EXDATE removing one. Throws the first fault with its line.
    public func read(_ data: Data, from: Date, to: Date) throws(ICSError) -> [ICSEvent] {
        let root = try ICSComponent.parseCalendar(Array(data))
        var defined: [String: ICSDefinedZone] = [:]
        for component in root.children where component.name == "VTIMEZONE" {
            guard let tzid = component.property("TZID") else {
                throw ICSError(line: component.line, .missing("TZID"))
            }
            if let zone = try ICSDefinedZone.read(component) { defined[tzid.value] = zone }
        }
        let resolver = ICSZoneResolver(local: zone, defined: defined)
        var records: [ICSEventRecord] = []
        for component in root.children where component.name == "VEVENT" {
            records.append(try ICSEventRecord.read(component, resolver: resolver))
        }
        return try expand(records, to: to)
            .filter { $0.start >= from && $0.start < to }
            .sorted { ($0.start, $0.uid) < ($1.start, $1.uid) }
    }

    /// The text of a calendar, for callers holding a string.
    public func read(_ text: String, from: Date, to: Date) throws(ICSError) -> [ICSEvent] {
        try read(Data(text.utf8), from: from, to: to)
    }

    /// Single events as they are, series expanded up to `to`, overrides without their series kept.
    private func expand(_ records: [ICSEventRecord], to: Date) throws(ICSError) -> [ICSEvent] {
        var overrides: [String: [Date: ICSEvent]] = [:]
        for record in records {
            if let id = record.recurrenceID {
                var event = record.event
                event.recurrenceID = id
                overrides[record.event.uid, default: [:]][id] = event
            }
        }
        var events: [ICSEvent] = []
        let masters = Set(records.filter { $0.recurrenceID == nil && $0.isSeries }.map(\.event.uid))
        for record in records {
            if record.recurrenceID != nil {
                // An override whose series is in the file is placed while expanding it.
                if !masters.contains(record.event.uid), let id = record.recurrenceID {
                    events.append(overrides[record.event.uid]?[id] ?? record.event)
                }
                continue
            }
            guard record.isSeries else {
                events.append(record.event)
                continue
            }
            events += try occurrences(record, to: to, overrides: overrides[record.event.uid] ?? [:])
        }
        return events
    }

    /// The occurrences of a recurring record up to `to`, exceptions removed, overrides in place.
    private func occurrences(_ record: ICSEventRecord, to: Date, overrides: [Date: ICSEvent])
        throws(ICSError) -> [ICSEvent]
    {
        let until = try record.rule?.until.map { (text) throws(ICSError) in try untilInstant(text, record: record) }
        // Wall times and instants differ by at most a day, so the walk stops two days past `to`.
        let limit = ICSWallClock.adding(days: 2, to: to)
        let walls =
            record.rule.map { rule in
                ICSRecurrence(start: record.wallStart, rule: rule)
                    .wallTimes(through: limit, until: { wall in until.map { record.zone.instant(wall) > $0 } ?? false })
            } ?? [record.wallStart]
        let master = record.event
        let seconds = master.end.timeIntervalSince(master.start)
        let days = Int((seconds / 86_400).rounded())
        // Each start with its wall time; an RDATE's end is its start plus the duration (all-day: whole days).
        var starts = walls.map { (start: record.zone.instant($0), wall: Optional($0)) }
        starts += record.additions.filter { addition in !starts.contains { $0.start == addition } }
            .map { (start: $0, wall: nil) }
        var events: [ICSEvent] = []
        var placed: Set<Date> = []
        for (start, wall) in starts.sorted(by: { $0.start < $1.start }) {
            guard !record.exceptions.contains(start) else { continue }
            if let override = overrides[start] {
                events.append(override)
                placed.insert(start)
                continue
            }
            var event = master
            event.start = start
            event.end = start.addingTimeInterval(seconds)
            if master.isAllDay, let wall {
                event.end = record.zone.instant(ICSWallClock.adding(days: days, to: wall))
            }
            event.recurrenceID = start
            events.append(event)
        }
        // An override moved from an occurrence past the window's end still shows where it was moved to.
        events += overrides.filter { !placed.contains($0.key) && !record.exceptions.contains($0.key) }.map(\.value)
        return events
    }

    /// UNTIL as an instant: `Z` is UTC, a date-time without it is in the start's zone, a date
    /// includes its whole day.
    private func untilInstant(_ text: String, record: ICSEventRecord) throws(ICSError) -> Date {
        let value = try ICSDateParser.wall(text, line: record.ruleLine)
        if value.isUTC { return value.wall }
        if value.isDate {
            return record.zone.instant(ICSWallClock.adding(days: 1, to: value.wall)).addingTimeInterval(-1)
        }
        return record.zone.instant(value.wall)
    }
}
