import Foundation

/// The zone a wall time read from a file is in: UTC (`Z`), a Foundation zone (an IANA `TZID`, a
/// Windows name mapped to one, or the reader's zone for floating times), or a `VTIMEZONE` of the
/// file that names no zone Foundation knows.
enum ICSZone: Sendable {
    case foundation(TimeZone)
    case defined(ICSDefinedZone)

    static let utc = ICSZone.foundation(TimeZone(secondsFromGMT: 0) ?? .gmt)

    /// The instant of `wall` in this zone (a wall time skipped by a transition moves forward).
    func instant(_ wall: Date) -> Date {
        switch self {
        case .foundation(let zone):
            var calendar = ICSWallClock.calendar
            calendar.timeZone = zone
            let parts = ICSWallClock.calendar.dateComponents(
                [.year, .month, .day, .hour, .minute, .second], from: wall)
            return calendar.date(from: parts) ?? wall.addingTimeInterval(-Double(zone.secondsFromGMT(for: wall)))
        case .defined(let zone): return wall.addingTimeInterval(-Double(zone.offset(atWall: wall)))
        }
    }
}

/// A zone described only by a file's `VTIMEZONE`: its observances (`STANDARD`, `DAYLIGHT`), each an
/// onset wall time with an optional yearly rule, and the offsets before and after.
struct ICSDefinedZone: Sendable {
    struct Observance: Sendable {
        let start: Date
        let rule: ICSRule?
        let offsetFrom: Int
        let offsetTo: Int
        /// The wall time of the rule's UNTIL, after which it no longer applies.
        let until: Date?

        /// The onsets up to `wall`. A yearly rule without COUNT is walked from two years before
        /// `wall` (Outlook writes `DTSTART:16010101…`), so each conversion walks a few periods only.
        func onsets(through wall: Date) -> [Date] {
            guard let rule else { return [start] }
            var first = start
            let p = ICSWallClock.parts(start)
            let year = ICSWallClock.parts(wall).year - 2
            if rule.frequency == .yearly, rule.interval == 1, rule.count == nil, year > p.year,
                let moved = ICSWallClock.wall(
                    year, p.month, min(p.day, ICSWallClock.daysIn(year, p.month)), p.hour, p.minute, p.second)
            {
                first = moved
            }
            return ICSRecurrence(start: first, rule: rule).wallTimes(
                through: wall, until: { wall in until.map { wall > $0 } ?? false })
        }
    }

    let observances: [Observance]

    /// The offset in force at `wall`: that of the observance with the latest onset not after it,
    /// else the first observance's offset before its onset.
    func offset(atWall wall: Date) -> Int {
        var best: (onset: Date, offset: Int)?
        for observance in observances {
            if let onset = observance.onsets(through: wall).last(where: { $0 <= wall }),
                onset >= (best?.onset ?? .distantPast)
            {
                best = (onset, observance.offsetTo)
            }
        }
        if let best { return best.offset }
        return observances.min { $0.start < $1.start }?.offsetFrom ?? 0
    }

    /// The zone of a `VTIMEZONE` component; nil when it has no usable observance.
    static func read(_ component: ICSComponent) throws(ICSError) -> ICSDefinedZone? {
        var observances: [Observance] = []
        for child in component.children where child.name == "STANDARD" || child.name == "DAYLIGHT" {
            guard let start = child.property("DTSTART"), let to = child.property("TZOFFSETTO") else { continue }
            let wall = try ICSDateParser.wall(start.value, line: start.line).wall
            let offsetTo = try offset(to)
            let offsetFrom = try child.property("TZOFFSETFROM").map(offset) ?? offsetTo
            let rule = try child.property("RRULE").map { (property) throws(ICSError) in try ICSRule.parse(property) }
            var until: Date?
            if let text = rule?.until, let line = child.property("RRULE")?.line {
                let value = try ICSDateParser.wall(text, line: line)
                until = value.isUTC ? value.wall.addingTimeInterval(Double(offsetFrom)) : value.wall
            }
            observances.append(
                Observance(start: wall, rule: rule, offsetFrom: offsetFrom, offsetTo: offsetTo, until: until))
        }
        return observances.isEmpty ? nil : ICSDefinedZone(observances: observances)
    }

    /// `+0700`, `-0330` or `+053045` in seconds.
    static func offset(_ property: ICSProperty) throws(ICSError) -> Int {
        let text = property.value.trimmingCharacters(in: .whitespaces)
        let digits = text.dropFirst()
        guard let sign = text.first, sign == "+" || sign == "-", digits.count == 4 || digits.count == 6,
            digits.allSatisfy(\.isASCII), let number = Int(digits)
        else { throw ICSError(line: property.line, .badSyntax(property.name + ":" + property.value)) }
        let seconds =
            digits.count == 4
            ? (number / 100) * 3600 + (number % 100) * 60
            : (number / 10_000) * 3600 + (number / 100 % 100) * 60 + number % 100
        return sign == "-" ? -seconds : seconds
    }
}
