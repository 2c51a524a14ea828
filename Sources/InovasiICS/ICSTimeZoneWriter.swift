import Foundation

/// The `VTIMEZONE` of a Foundation zone. A zone without daylight saving (Asia/Jakarta, WIB) is one
/// `STANDARD` observance with its offset; a zone with transitions gets one observance per transition
/// Foundation reports in the events' span (plus a year on each side), each with its own `DTSTART`
/// and no `RRULE`: exact for the span written, which is all a reader needs. Changes of standard
/// offset that are not daylight-saving transitions (Jakarta before 1964) are not described.
struct ICSTimeZoneWriter {
    let zone: TimeZone

    /// The component's lines for events in `span`.
    func lines(covering span: DateInterval) -> [String] {
        let year: TimeInterval = 366 * 86_400
        let from = span.start.addingTimeInterval(-year)
        let to = span.end.addingTimeInterval(year)
        var transitions: [Date] = []
        var next = zone.nextDaylightSavingTimeTransition(after: from)
        while let transition = next, transition < to, transitions.count < 1_000 {
            transitions.append(transition)
            next = zone.nextDaylightSavingTimeTransition(after: transition)
        }
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + zone.identifier]
        let first = zone.secondsFromGMT(for: from)
        lines += observance(
            daylight: zone.isDaylightSavingTime(for: from), wall: "19700101T000000", from: first, to: first, at: from)
        for transition in transitions {
            let before = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: transition)
            let wall = ICSWallClock.format(transition.addingTimeInterval(Double(before)))
            lines += observance(
                daylight: zone.isDaylightSavingTime(for: transition), wall: wall, from: before, to: after,
                at: transition)
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    private func observance(daylight: Bool, wall: String, from: Int, to: Int, at instant: Date) -> [String] {
        let kind = daylight ? "DAYLIGHT" : "STANDARD"
        var lines = [
            "BEGIN:" + kind, "DTSTART:" + wall, "TZOFFSETFROM:" + Self.offset(from), "TZOFFSETTO:" + Self.offset(to),
        ]
        if let name = name(at: instant) { lines.append("TZNAME:" + ICSEscaping.escape(name)) }
        lines.append("END:" + kind)
        return lines
    }

    /// Indonesia's own zone names, which Foundation on Linux reports only as `GMT+7`.
    static let indonesianNames = [
        "Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA",
        "Asia/Jayapura": "WIT",
    ]

    /// The zone's short name at `instant`; none for a bare `GMT+7`, which says no more than the offset.
    private func name(at instant: Date) -> String? {
        if let name = Self.indonesianNames[zone.identifier] { return name }
        guard let name = zone.abbreviation(for: instant), !name.isEmpty else { return nil }
        let bare = name.hasPrefix("GMT") && (name.dropFirst(3).first == "+" || name.dropFirst(3).first == "-")
        return bare ? nil : name
    }

    /// `+0700`, `-0330`, `+053045` when seconds are needed.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let total = abs(seconds)
        let hours = total / 3600
        let minutes = total % 3600 / 60
        let rest = total % 60
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return sign + two(hours) + two(minutes) + (rest == 0 ? "" : two(rest))
    }
}
