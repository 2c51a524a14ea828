/// The Windows zone names Outlook and Exchange write as `TZID`, mapped to IANA zones (from the
/// Unicode CLDR windowsZones table, territory "001" except where an Indonesian territory has its
/// own entry: SE Asia → Asia/Jakarta, Singapore → Asia/Makassar, Tokyo → Asia/Jayapura, the same
/// offsets without daylight saving). Names not listed fall back to the file's own `VTIMEZONE`.
enum ICSWindowsZones {
    static let iana: [String: String] = [
        "SE Asia Standard Time": "Asia/Jakarta", "Singapore Standard Time": "Asia/Makassar",
        "Tokyo Standard Time": "Asia/Jayapura", "UTC": "Etc/UTC", "Coordinated Universal Time": "Etc/UTC",
        "GMT Standard Time": "Europe/London", "Greenwich Standard Time": "Atlantic/Reykjavik",
        "W. Europe Standard Time": "Europe/Berlin", "Romance Standard Time": "Europe/Paris",
        "Central Europe Standard Time": "Europe/Budapest", "Central European Standard Time": "Europe/Warsaw",
        "E. Europe Standard Time": "Europe/Chisinau", "FLE Standard Time": "Europe/Kiev",
        "GTB Standard Time": "Europe/Bucharest", "Russian Standard Time": "Europe/Moscow",
        "Turkey Standard Time": "Europe/Istanbul", "Egypt Standard Time": "Africa/Cairo",
        "South Africa Standard Time": "Africa/Johannesburg", "Arab Standard Time": "Asia/Riyadh",
        "Arabian Standard Time": "Asia/Dubai", "Iran Standard Time": "Asia/Tehran",
        "Pakistan Standard Time": "Asia/Karachi", "India Standard Time": "Asia/Kolkata",
        "Bangladesh Standard Time": "Asia/Dhaka", "Myanmar Standard Time": "Asia/Yangon",
        "China Standard Time": "Asia/Shanghai", "Taipei Standard Time": "Asia/Taipei",
        "Korea Standard Time": "Asia/Seoul", "W. Australia Standard Time": "Australia/Perth",
        "Cen. Australia Standard Time": "Australia/Adelaide", "AUS Central Standard Time": "Australia/Darwin",
        "E. Australia Standard Time": "Australia/Brisbane", "AUS Eastern Standard Time": "Australia/Sydney",
        "New Zealand Standard Time": "Pacific/Auckland", "Hawaiian Standard Time": "Pacific/Honolulu",
        "Alaskan Standard Time": "America/Anchorage", "Pacific Standard Time": "America/Los_Angeles",
        "US Mountain Standard Time": "America/Phoenix", "Mountain Standard Time": "America/Denver",
        "Central Standard Time": "America/Chicago", "Eastern Standard Time": "America/New_York",
        "Atlantic Standard Time": "America/Halifax", "SA Pacific Standard Time": "America/Bogota",
        "E. South America Standard Time": "America/Sao_Paulo", "Argentina Standard Time": "America/Buenos_Aires",
        "North Asia Standard Time": "Asia/Krasnoyarsk",
    ]
}
