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
    }

    let observances: [Observance]

    /// The offset in force at `wall`: that of the observance with the latest onset not after it,
    /// else the first observance's offset before its onset.
    func offset(atWall wall: Date) -> Int {
        var best: (onset: Date, offset: Int)?
        for observance in observances {
            let onsets =
                observance.rule.map {
                    ICSRecurrence(start: observance.start, rule: $0).wallTimes(through: wall, until: { _ in false })
                } ?? [observance.start]
            if let onset = onsets.last(where: { $0 <= wall }), onset >= (best?.onset ?? .distantPast) {
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
            observances.append(Observance(start: wall, rule: rule, offsetFrom: offsetFrom, offsetTo: offsetTo))
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
