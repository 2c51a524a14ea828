import Foundation
import InovasiCore
import Testing

@Suite("Demo data: mentoring sessions")
struct DemoSessionTests {
    static let institutions: Set<String> = ["LAN RI", "KemenPAN-RB", "BRIN", "Kemendagri (BSKDN)", "Kemendes"]

    private func months(_ sessions: [MentoringSession]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for session in sessions {
            let parts = DemoFixtures.local(session.startsAt)
            counts["\(parts.year ?? 0)-\(parts.month ?? 0)", default: 0] += 1
        }
        return counts
    }

    @Test(
        "sessions cover this month and the next in WIB, plus done ones in the previous month",
        arguments: [DemoFixtures.now, DemoFixtures.monthTurn])
    func coverage(now: Date) {
        let data = DemoFixtures.city(now: now)
        let counts = months(data.sessions)
        let (previousYear, previousMonth) = DemoFixtures.month(of: now, offset: -1)
        let (year, month) = DemoFixtures.month(of: now, offset: 0)
        let (nextYear, nextMonth) = DemoFixtures.month(of: now, offset: 1)
        #expect((counts["\(year)-\(month)"] ?? 0) >= 8)
        #expect((counts["\(nextYear)-\(nextMonth)"] ?? 0) >= 8)
        #expect((counts["\(previousYear)-\(previousMonth)"] ?? 0) >= 2)
        #expect(counts.count == 3)
        for session in data.sessions {
            if session.startsAt < now { #expect(session.status != .scheduled) }
            if session.startsAt > now { #expect(session.status != .done) }
            let parts = DemoFixtures.local(session.startsAt)
            if parts.month == previousMonth { #expect(session.status == .done || session.status == .cancelled) }
        }
    }

    @Test("2–4 a week on workdays, 09:00–12:00 (Friday 08:30–11:30) or 13:00–15:30 WIB, one week with three")
    func rhythm() {
        let data = DemoFixtures.city()
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = DemoFixtures.wib
        var perWeek: [String: Int] = [:]
        for session in data.sessions {
            let start = DemoFixtures.local(session.startsAt)
            let end = DemoFixtures.local(session.endsAt)
            #expect((2...6).contains(start.weekday ?? 0), "workday")
            let slot = (start.hour ?? 0, start.minute ?? 0, end.hour ?? 0, end.minute ?? 0)
            let morning = start.weekday == 6 ? slot == (8, 30, 11, 30) : slot == (9, 0, 12, 0)
            #expect(morning || slot == (13, 0, 15, 30))
            let week = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: session.startsAt)
            perWeek["\(week.yearForWeekOfYear ?? 0)-\(week.weekOfYear ?? 0)", default: 0] += 1
        }
        #expect(perWeek.values.contains { $0 >= 3 })
        #expect(perWeek.values.allSatisfy { $0 <= 4 })
    }

    @Test("valid sessions with narasumber of the partner institutions, real references, a few cancelled")
    func content() throws {
        let data = DemoFixtures.city()
        #expect(data.sessions.map(\.id) == (1...Int64(data.sessions.count)).map { $0 })
        #expect(data.sessions.map(\.startsAt) == data.sessions.map(\.startsAt).sorted())
        let agencyIDs = Set(data.agencies.map(\.id))
        let innovations = Dictionary(uniqueKeysWithValues: data.innovations.map { ($0.id, $0.agencyID) })
        for session in data.sessions {
            try session.validate()
            #expect(Self.institutions.contains(session.speakerInstitution))
            #expect(!session.agencyIDs.isEmpty && session.agencyIDs.allSatisfy(agencyIDs.contains))
            for id in session.innovationIDs {
                let owner = try #require(innovations[id])
                #expect(session.agencyIDs.contains(owner))
            }
            #expect(!session.notes.isEmpty)
        }
        let cancelled = data.sessions.filter { $0.status == .cancelled }.count
        #expect(cancelled >= 1 && cancelled * 5 < data.sessions.count)
        #expect(Set(data.sessions.map(\.mode)) == Set(SessionMode.allCases))
        #expect(Set(data.sessions.map(\.speakerInstitution)).count >= 4)
        #expect(data.sessions.contains { $0.title.hasPrefix("Laboratorium Inovasi: Tahap ") })
        #expect(data.sessions.contains { $0.location.contains("Zoom") })
        #expect(data.sessions.contains { $0.location == "Aula Bappedalitbang Kota Cilegon" })
    }

    @Test("the national scale has the calendar too, referencing its own rows")
    func nationalCalendar() throws {
        let national = DemoGenerator.make(
            scale: .national, seed: DemoFixtures.seed, now: DemoFixtures.now, proposalCount: 10)
        #expect(national.sessions.count >= 16)
        let innovations = Set(national.innovations.map(\.id))
        for session in national.sessions {
            try session.validate()
            #expect(session.agencyIDs.allSatisfy { (1...500).contains($0) })
            #expect(session.innovationIDs.allSatisfy(innovations.contains))
        }
    }
}
