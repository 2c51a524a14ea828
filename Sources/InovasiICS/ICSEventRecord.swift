import Foundation

/// One `VEVENT` as read, before recurrence is expanded: its fields, times as instants, and its
/// rule, exceptions and recurrence id.
struct ICSEventRecord {
    var event: ICSEvent
    /// The line of its `BEGIN:VEVENT`.
    let line: Int
    /// The zone its start is written in, for expanding the rule on the wall clock.
    let zone: ICSZone
    /// The wall time of its start in that zone.
    let wallStart: Date
    let rule: ICSRule?
    let ruleLine: Int
    /// The instants EXDATE removes.
    let exceptions: Set<Date>
    /// The instants RDATE adds to the series.
    let additions: [Date]
    /// For an override of one occurrence: the instant it replaces.
    let recurrenceID: Date?

    /// A recurring event: a rule or added dates.
    var isSeries: Bool { rule != nil || !additions.isEmpty }

    /// The event of a `VEVENT` component; `resolve` turns a date-time property into an instant.
    static func read(_ component: ICSComponent, resolver: ICSZoneResolver) throws(ICSError) -> ICSEventRecord {
        guard let uid = component.property("UID") else { throw ICSError(line: component.line, .missing("UID")) }
        guard let startProperty = component.property("DTSTART") else {
            throw ICSError(line: component.line, .missing("DTSTART"))
        }
        let start = try resolver.time(startProperty)
        let end = try endTime(component, start: start, resolver: resolver)
        guard end.instant >= start.instant else {
            throw ICSError(line: (component.property("DTEND") ?? startProperty).line, .endBeforeStart)
        }
        let event = try fields(component, uid: uid, start: start.instant, end: end.instant, isAllDay: start.isDate)
        let ruleProperty = component.property("RRULE")
        let rule = try ruleProperty.map { (property) throws(ICSError) in try ICSRule.parse(property) }
        let exceptions = Set(try instants(component.all("EXDATE"), resolver: resolver))
        let additions = try instants(component.all("RDATE"), resolver: resolver)
        let recurrenceID = try component.property("RECURRENCE-ID").map { (p) throws(ICSError) in
            try resolver.time(p).instant
        }
        return ICSEventRecord(
            event: event, line: component.line, zone: start.zone, wallStart: start.wall, rule: rule,
            ruleLine: ruleProperty?.line ?? component.line, exceptions: exceptions, additions: additions,
            recurrenceID: recurrenceID)
    }

    /// The instants of list properties (EXDATE, RDATE); a period (`VALUE=PERIOD`) is refused.
    private static func instants(_ properties: [ICSProperty], resolver: ICSZoneResolver) throws(ICSError) -> [Date] {
        var instants: [Date] = []
        for property in properties {
            if property.parameter("VALUE")?.uppercased() == "PERIOD" {
                throw ICSError(line: property.line, .badSyntax(property.name + ";VALUE=PERIOD"))
            }
            for value in property.value.split(separator: ",") {
                instants.append(try resolver.time(property, value: String(value)).instant)
            }
        }
        return instants
    }

    /// DTEND, else DTSTART + DURATION, else the start (a day later for an all-day event).
    private static func endTime(_ component: ICSComponent, start: ICSZoneResolver.Time, resolver: ICSZoneResolver)
        throws(ICSError) -> ICSZoneResolver.Time
    {
        if let end = component.property("DTEND") { return try resolver.time(end) }
        let duration =
            try component.property("DURATION").map { (p) throws(ICSError) in
                try ICSDateParser.duration(p.value, line: p.line)
            } ?? ICSDateParser.Duration(days: start.isDate ? 1 : 0, seconds: 0)
        let wall = ICSWallClock.adding(days: duration.days, to: start.wall)
        let instant = start.zone.instant(wall).addingTimeInterval(Double(duration.seconds))
        return ICSZoneResolver.Time(wall: wall, instant: instant, isDate: start.isDate, zone: start.zone)
    }

    private static func fields(_ component: ICSComponent, uid: ICSProperty, start: Date, end: Date, isAllDay: Bool)
        throws(ICSError) -> ICSEvent
    {
        let text = { (name: String) in component.property(name).map { ICSEscaping.unescape(Substring($0.value)) } }
        var sequence = 0
        if let property = component.property("SEQUENCE") {
            guard let number = Int(property.value.trimmingCharacters(in: .whitespaces)), number >= 0 else {
                throw ICSError(line: property.line, .badNumber(property.value))
            }
            sequence = number
        }
        var status = ICSStatus.confirmed
        if let property = component.property("STATUS") {
            guard let known = ICSStatus(rawValue: property.value.trimmingCharacters(in: .whitespaces).uppercased())
            else { throw ICSError(line: property.line, .badStatus(property.value)) }
            status = known
        }
        let categories = component.all("CATEGORIES").flatMap { ICSEscaping.splitList(Substring($0.value)) }
        let extras = component.properties.filter { ICSExtraProperty.isExtra($0.name) }.map { property in
            ICSExtraProperty(
                property.name, ICSEscaping.unescape(Substring(property.value)),
                parameters: property.parameters.compactMapValues(\.first))
        }
        return ICSEvent(
            uid: ICSEscaping.unescape(Substring(uid.value)), sequence: sequence, start: start, end: end,
            isAllDay: isAllDay, summary: text("SUMMARY") ?? "", location: text("LOCATION"),
            description: text("DESCRIPTION"), status: status, url: component.property("URL")?.value,
            categories: categories, extras: extras, line: component.line)
    }
}
