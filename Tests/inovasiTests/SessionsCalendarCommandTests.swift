import Foundation
import TestSupport
import Testing

/// `inovasi export sessions --format ics` and `inovasi import sessions FILE.ics`: the file, what
/// another parser reads in it, the summary line, and refusals with exit 1 and nothing changed.
@Suite("CLI: sessions as iCalendar")
struct SessionsCalendarCommandTests {
    static let wide = ["--from", "2000-01-01", "--to", "2099-12-31"]

    /// The values of the `NAME:` lines of a calendar text.
    static func values(_ name: String, in text: String) -> [String] {
        text.components(separatedBy: "\r\n").filter { $0.hasPrefix(name + ":") }.map {
            String($0.dropFirst(name.count + 1))
        }
    }

    /// The sessions `inovasi sessions --format json` lists over every year.
    static func sessions(_ sandbox: CLISandbox, _ store: String? = nil) throws -> [[String: Any]] {
        let data = store.map { ["--data", $0] } ?? []
        let listed = try sandbox.run(["sessions", "--format", "json"] + data + wide).json()
        return try #require(listed["sessions"] as? [[String: Any]])
    }

    static func sessionCount(_ sandbox: CLISandbox, _ store: String) throws -> Int {
        try sessions(sandbox, store).count
    }

    @Test("a .ics file picks the format; python3-icalendar reads every session with its UID and SEQUENCE")
    func exportAll() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let file = sandbox.path("sesi.ics")
        let exported = try sandbox.run(["export", "sessions", file, "--data", store])
        #expect(exported.status == 0, "\(exported.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let uids = Self.values("UID", in: text)
        let count = try Self.sessionCount(sandbox, store)
        #expect(uids.count == count && count > 0)
        #expect(exported.stdout == "Diekspor \(count) jadwal pendampingan ke \(file).\n")
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Jakarta\r\n"))
        let parsed = try PythonICalendar.read(file)
        #expect(parsed.status == 0, "\(parsed.errors)")
        #expect(parsed.lines.map { String($0.split(separator: "|")[0]) } == uids)
        #expect(
            parsed.lines.map { String($0.split(separator: "|")[1]) } == Self.values("SEQUENCE", in: text))
        let cancelled = parsed.lines.filter { $0.split(separator: "|")[4] == "CANCELLED" }.count
        #expect(cancelled == Self.values("X-INOVASI-STATUS", in: text).filter { $0 == "cancelled" }.count)
    }

    @Test("--from and --to narrow the file; they are refused for other formats and another kind")
    func window() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let added = try sandbox.run(SessionsCommandTests.add(["--data", store]))
        #expect(added.status == 0, "\(added.stderr)")
        let file = sandbox.path("maret.ics")
        let march = ["--from", "2030-03-01", "--to", "2030-03-31"]
        let exported = try sandbox.run(["export", "sessions", "--format", "ics", file, "--data", store] + march)
        #expect(exported.status == 0 && exported.stdout.hasPrefix("Diekspor 1 "), "\(exported)")
        let json = try sandbox.run(["export", "sessions", sandbox.path("x.json"), "--data", store] + march)
        #expect(json.status == 1 && json.stderr.contains("--from"))
        let users = try sandbox.run(["export", "users", "--format", "ics", sandbox.path("u.ics"), "--data", store])
        #expect(users.status == 1 && users.stderr.contains("users"))
    }

    @Test("an edit keeps the UID and raises SEQUENCE in the file; re-importing changes nothing; an edited file updates")
    func roundTrip() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let id = SessionsCommandTests.id(try sandbox.run(SessionsCommandTests.add(["--data", store])).stdout)
        let march = ["--from", "2030-03-01", "--to", "2030-03-31"]
        let file = sandbox.path("maret.ics")
        #expect(try sandbox.run(["export", "sessions", file, "--data", store] + march).status == 0)
        let before = try String(contentsOfFile: file, encoding: .utf8)
        #expect(
            try sandbox.run(["sessions", "edit", id, "--data", store, "--end", "12:00"]).status == 0)
        #expect(try sandbox.run(["export", "sessions", file, "--data", store] + march).status == 0)
        let after = try String(contentsOfFile: file, encoding: .utf8)
        #expect(Self.values("UID", in: after) == Self.values("UID", in: before))
        #expect(Self.values("SEQUENCE", in: before) == ["0"] && Self.values("SEQUENCE", in: after) == ["1"])

        let all = sandbox.path("semua.ics")
        #expect(try sandbox.run(["export", "sessions", all, "--data", store]).status == 0)
        let count = try Self.sessionCount(sandbox, store)
        let again = try sandbox.run(["import", "sessions", all, "--data", store, "--lang", "en"] + Self.wide)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "Added 0, updated 0, unchanged \(count).\n")

        let edited = after.replacingOccurrences(of: "SUMMARY:Klinik inovasi kesehatan", with: "SUMMARY:Klinik baru")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: file))
        let dry = try sandbox.run(["import", "sessions", file, "--data", store, "--dry-run", "--lang", "en"] + march)
        #expect(dry.stdout == "Would add 0, update 1, unchanged 0.\nDry run (--dry-run): nothing saved.\n")
        let updated = try sandbox.run(["import", "sessions", file, "--data", store, "--lang", "en"] + march)
        #expect(updated.status == 0 && updated.stdout == "Added 0, updated 1, unchanged 0.\n", "\(updated)")
        let shown = try sandbox.run(["sessions", "show", id, "--data", store, "--format", "json"]).json()
        #expect(shown["title"] as? String == "Klinik baru" && shown["sequence"] as? Int == 2)
    }

    @Test("a malformed file and an unknown OPD are refused with exit 1, the line, and nothing imported")
    func refusals() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let count = try Self.sessionCount(sandbox, store)
        let broken = sandbox.path("rusak.ics")
        let lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:baru-1", "DTSTART:20301210T020000Z",
            "DTEND:20301210T030000Z", "SUMMARY:Baru", "END:VEVENT", "BEGIN:VEVENT", "UID:rusak",
            "DTSTART:2030121", "SUMMARY:Rusak", "END:VEVENT", "END:VCALENDAR",
        ]
        try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: URL(fileURLWithPath: broken))
        let refused = try sandbox.run(["import", "sessions", broken, "--data", store, "--lang", "en"] + Self.wide)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("\(broken): line 11: "), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        #expect(try Self.sessionCount(sandbox, store) == count)

        let unknown = sandbox.path("opd.ics")
        var withOPD = lines.prefix(7) + ["X-INOVASI-OPD:DINKES", "X-INOVASI-OPD:TIDAKADA", "END:VEVENT"]
        withOPD.append("END:VCALENDAR")
        try Data((withOPD.joined(separator: "\r\n") + "\r\n").utf8).write(to: URL(fileURLWithPath: unknown))
        let opd = try sandbox.run(["import", "sessions", unknown, "--data", store, "--lang", "en"] + Self.wide)
        #expect(opd.status == 1)
        #expect(opd.stderr == "\(unknown): line 3: event UID baru-1: unknown OPD codes: TIDAKADA\n")
        #expect(try Self.sessionCount(sandbox, store) == count)
    }

    @Test("a Google Calendar file goes into a store made by init; the default window is the coming year")
    func foreignIntoInit() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["init"]).status == 0)
        let file = sandbox.path("google.ics")
        let lines = [
            "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
            "BEGIN:VEVENT", "DTSTART;TZID=America/New_York:20991210T200000",
            "DTEND;TZID=America/New_York:20991210T213000", "UID:jauh@google.com", "SUMMARY:Terlalu jauh",
            "END:VEVENT", "BEGIN:VEVENT", "DTSTART:20991211T020000Z", "DTEND:20991211T030000Z",
            "UID:mingguan@google.com", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Klinik mingguan",
            "LOCATION:https://meet.google.com/abc", "END:VEVENT", "END:VCALENDAR",
        ]
        try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: URL(fileURLWithPath: file))
        let nothing = try sandbox.run(["import", "sessions", file, "--lang", "en"])
        #expect(nothing.status == 0 && nothing.stdout == "Added 0, updated 0, unchanged 0.\n", "\(nothing)")
        let window = ["--from", "2099-12-01", "--to", "2099-12-20"]
        let imported = try sandbox.run(["import", "sessions", file, "--lang", "en"] + window)
        #expect(imported.status == 0 && imported.stdout == "Added 3, updated 0, unchanged 0.\n", "\(imported)")
        let listed = try Self.sessions(sandbox)
        #expect(listed.compactMap { $0["uid"] as? String }.sorted().first == "jauh@google.com")
        #expect(listed.filter { ($0["uid"] as? String)?.hasPrefix("mingguan@google.com/") == true }.count == 2)
    }
}
