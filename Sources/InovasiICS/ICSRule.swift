/// A recurrence rule (`RRULE`, RFC 5545 section 3.3.10), the parts this reader expands: FREQ
/// DAILY, WEEKLY, MONTHLY or YEARLY, INTERVAL, COUNT, UNTIL, BYDAY (with an ordinal for monthly and
/// yearly-by-month rules), BYMONTHDAY, BYMONTH, WKST. Any other part refuses the file, so an event
/// is never expanded wrongly in silence.
struct ICSRule: Sendable, Equatable {
    enum Frequency: String, Sendable {
        case daily = "DAILY"
        case weekly = "WEEKLY"
        case monthly = "MONTHLY"
        case yearly = "YEARLY"
    }

    /// A BYDAY entry: ISO weekday 1 (Monday) … 7 (Sunday), and the ordinal (`1MO`, `-1FR`) if any.
    struct Day: Sendable, Equatable {
        let weekday: Int
        let ordinal: Int?
    }

    var frequency: Frequency
    var interval = 1
    var count: Int?
    /// UNTIL as written (its zone is resolved by the reader).
    var until: String?
    var byDay: [Day] = []
    var byMonthDay: [Int] = []
    var byMonth: [Int] = []
    /// The ISO weekday weeks start on (Monday unless WKST says otherwise).
    var weekStart = 1

    static let weekdays = ["MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7]

    /// The rule of an `RRULE` property.
    static func parse(_ property: ICSProperty) throws(ICSError) -> ICSRule {
        var parts: [String: String] = [:]
        for part in property.value.split(separator: ";") where !part.isEmpty {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { throw ICSError(line: property.line, .badRule(String(part))) }
            parts[pair[0].uppercased()] = pair[1].uppercased()
        }
        guard let text = parts["FREQ"], let frequency = Frequency(rawValue: text) else {
            throw ICSError(line: property.line, .badRule("FREQ=" + (parts["FREQ"] ?? "")))
        }
        var rule = ICSRule(frequency: frequency)
        for (key, value) in parts where key != "FREQ" {
            guard rule.apply(key, value) else { throw ICSError(line: property.line, .badRule(key + "=" + value)) }
        }
        if rule.frequency == .yearly, rule.byMonth.isEmpty, !rule.byDay.isEmpty {
            throw ICSError(line: property.line, .badRule("FREQ=YEARLY;BYDAY"))
        }
        return rule
    }

    /// Takes one part; false when the part or its value is not understood.
    private mutating func apply(_ key: String, _ value: String) -> Bool {
        switch key {
        case "INTERVAL":
            guard let number = Int(value), number > 0 else { return false }
            interval = number
        case "COUNT":
            guard let number = Int(value), number > 0 else { return false }
            count = number
        case "UNTIL": until = value
        case "WKST":
            guard let day = Self.weekdays[value] else { return false }
            weekStart = day
        case "BYMONTH":
            let months = value.split(separator: ",").compactMap { Int($0) }
            guard months.count == value.split(separator: ",").count, months.allSatisfy((1...12).contains) else {
                return false
            }
            byMonth = months
        case "BYMONTHDAY":
            let days = value.split(separator: ",").compactMap { Int($0) }
            guard days.count == value.split(separator: ",").count, days.allSatisfy({ $0 != 0 && abs($0) <= 31 })
            else { return false }
            byMonthDay = days
        case "BYDAY":
            let days = value.split(separator: ",").compactMap(Self.day)
            guard days.count == value.split(separator: ",").count else { return false }
            if frequency == .daily || frequency == .weekly, days.contains(where: { $0.ordinal != nil }) { return false }
            byDay = days
        default: return false
        }
        return true
    }

    /// `MO`, `1MO`, `-1FR`, `+2TU`.
    private static func day(_ text: Substring) -> Day? {
        guard text.count >= 2, let weekday = weekdays[String(text.suffix(2))] else { return nil }
        let prefix = text.dropLast(2)
        if prefix.isEmpty { return Day(weekday: weekday, ordinal: nil) }
        guard let ordinal = Int(prefix), ordinal != 0, abs(ordinal) <= 5 else { return nil }
        return Day(weekday: weekday, ordinal: ordinal)
    }
}
