import Foundation

/// Turns the date-time properties of one file into instants: `Z` is UTC, a `TZID` is an IANA zone,
/// else a Windows zone name mapped to one, else the file's `VTIMEZONE` of that name; a time without
/// either (floating) and a date (all-day) are in the reader's zone.
struct ICSZoneResolver {
    /// A date or date-time read: its wall time, the instant, whether it is a date, and its zone.
    struct Time {
        let wall: Date
        let instant: Date
        let isDate: Bool
        let zone: ICSZone
    }

    /// The reader's zone, for floating times and dates.
    let local: TimeZone
    /// The file's `VTIMEZONE`s by TZID.
    let defined: [String: ICSDefinedZone]

    /// The time of `property` (or of one `value` of a list such as EXDATE).
    func time(_ property: ICSProperty, value: String? = nil) throws(ICSError) -> Time {
        let parsed = try ICSDateParser.wall(value ?? property.value, line: property.line)
        let zone: ICSZone
        if parsed.isUTC {
            zone = .utc
        } else if let tzid = property.parameter("TZID"), !parsed.isDate {
            zone = try self.zone(named: tzid, line: property.line)
        } else {
            zone = .foundation(local)
        }
        return Time(wall: parsed.wall, instant: zone.instant(parsed.wall), isDate: parsed.isDate, zone: zone)
    }

    /// The zone a TZID names.
    func zone(named tzid: String, line: Int) throws(ICSError) -> ICSZone {
        let name = tzid.trimmingCharacters(in: .whitespaces)
        let bare = name.hasPrefix("/") ? String(name.drop { $0 == "/" }) : name
        if let zone = TimeZone(identifier: bare), bare.contains("/") || bare == "UTC" || bare == "GMT" {
            return .foundation(zone)
        }
        if let iana = ICSWindowsZones.iana[name], let zone = TimeZone(identifier: iana) { return .foundation(zone) }
        if let zone = defined[name] { return .defined(zone) }
        throw ICSError(line: line, .unknownZone(name))
    }
}
