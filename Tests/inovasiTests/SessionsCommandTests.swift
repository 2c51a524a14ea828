import Foundation
import InovasiCore
import Testing

@Suite("inovasi sessions")
struct SessionsCommandTests {
    let wib = TimeZone(identifier: "Asia/Jakarta") ?? .gmt

    func sessions(_ sandbox: CLISandbox, _ arguments: [String]) throws -> [[String: Any]] {
        let result = try sandbox.run(["sessions", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try result.json()["sessions"] as? [[String: Any]])
    }

    func start(_ row: [String: Any]) throws -> Date {
        let text = try #require(row["startsAt"] as? String)
        return try #require(try? Date(text, strategy: .iso8601))
    }

    @Test("lists the sessions of a range by start, days counted in WIB")
    func range() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let all = try sessions(sandbox, ["--from", "2000-01-01", "--to", "2100-12-31"])
        #expect(!all.isEmpty)
        let starts = try all.map(start)
        #expect(starts == starts.sorted())

        let day = CalendarDay(containing: try #require(starts.first), in: wib)
        let oneDay = try sessions(sandbox, ["--from", day.description, "--to", day.description])
        #expect(!oneDay.isEmpty)
        for row in oneDay { #expect(CalendarDay(containing: try start(row), in: wib) == day) }
        #expect(oneDay.count == starts.filter { CalendarDay(containing: $0, in: wib) == day }.count)
    }

    @Test("without dates it shows this month")
    func thisMonth() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let month = CalendarDay(containing: Date(), in: wib).firstOfMonth
        for row in try sessions(sandbox, []) {
            #expect(CalendarDay(containing: try start(row), in: wib).firstOfMonth == month)
        }
        let table = try sandbox.run(["sessions", "--from", "2000-01-01", "--to", "2100-12-31"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("WIB"))
        #expect(table.stdout.contains("Narasumber"))
        let english = try sandbox.run(["sessions", "--from", "2000-01-01", "--to", "2100-12-31", "--lang", "en"])
        #expect(english.stdout.contains("Resource person"))
    }

    @Test("a bad or reversed date is refused, naming the option")
    func badDates() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let impossible = try sandbox.run(["sessions", "--from", "2026-02-30"])
        #expect(impossible.status == 1)
        #expect(impossible.stderr.contains("--from"))
        #expect(impossible.stderr.contains("2026-02-30"))
        let shape = try sandbox.run(["sessions", "--to", "7/12/2026", "--lang", "en"])
        #expect(shape.status == 1)
        #expect(shape.stderr.contains("Invalid date “7/12/2026” for --to"))
        let reversed = try sandbox.run(["sessions", "--from", "2026-12-07", "--to", "2026-12-01"])
        #expect(reversed.status == 1)
        #expect(reversed.stdout.isEmpty)
    }
}
