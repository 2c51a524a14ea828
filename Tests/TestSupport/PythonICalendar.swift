import Foundation

/// Debian's python3-icalendar (installed by `.ci/run`) as an independent reader of the calendars
/// we write: one line per event, `UID|SEQUENCE|DTSTART|DTEND|STATUS|SUMMARY|["LOCATION","DESCRIPTION"]`,
/// times in UTC (`YYYYMMDDTHHMMSSZ`, or `YYYYMMDD` for a date). Tests using it never skip: without
/// the library they fail.
public enum PythonICalendar {
    static let script = """
        import sys, icalendar, datetime, json
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        for ev in cal.walk('VEVENT'):
            def utc(name):
                v = ev.decoded(name)
                if isinstance(v, datetime.datetime):
                    return v.astimezone(datetime.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
                return v.strftime('%Y%m%d')
            print('|'.join([str(ev['UID']), str(ev.get('SEQUENCE', 0)), utc('DTSTART'), utc('DTEND'),
                str(ev.get('STATUS', '')), str(ev.get('SUMMARY', '')),
                json.dumps([str(ev.get('LOCATION', '')), str(ev.get('DESCRIPTION', ''))], ensure_ascii=False)]))
        """

    /// What the parser printed for the file at `path`: its exit status, its lines, its errors.
    public static func read(_ path: String) throws -> (status: Int32, lines: [String], errors: String) {
        let process = Process()
        // Debian's own interpreter, which the python3-icalendar package installs for (a python3 found
        // first on PATH, such as pyenv's, does not see it).
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let failure = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: printed, as: UTF8.self).split(separator: "\n").map(String.init),
            String(decoding: failure, as: UTF8.self)
        )
    }
}
