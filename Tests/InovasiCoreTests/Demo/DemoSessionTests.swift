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
        "sessions cover this month and the next in WIB, plus done ones in the previous month and before",
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
        // The archive: one or two a month over the two years before the calendar.
        #expect(counts.count == 3 + 23 || counts.count == 3 + 24, "\(counts.count) months")
        for session in data.sessions {
            if session.endsAt < now { #expect(session.status != .scheduled) }
            if session.endsAt > now { #expect(session.status != .done) }
            let parts = DemoFixtures.local(session.startsAt)
            if parts.month == previousMonth { #expect(session.status == .done || session.status == .cancelled) }
        }
    }

    @Test("the two years before hold the mentoring of each reporting year: sessions done, OPDs reached")
    func archive() {
        let data = DemoFixtures.city()
        let yearAgo = DemoFixtures.now.addingTimeInterval(-365 * 86_400)
        let past = data.sessions.filter { $0.startsAt < yearAgo }
        #expect(past.count >= 12 && past.count <= 30, "\(past.count)")
        #expect(past.allSatisfy { $0.status != .scheduled })
        #expect(past.contains { $0.status == .done && !$0.attendedAgencyIDs.isEmpty })
        let started = Dictionary(uniqueKeysWithValues: data.innovations.map { ($0.id, $0.startedOn) })
        for session in past {
            for id in session.innovationIDs { #expect((started[id] ?? .distantFuture) <= session.startsAt) }
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

    @Test("a session still running when the demo is made stays scheduled: 14.57 in a 13.00–15.30 one")
    func runningSessionStaysScheduled() throws {
        let planned = try #require(
            DemoFixtures.city().sessions.first { $0.status == .scheduled && DemoFixtures.local($0.startsAt).hour == 13 }
        )
        let now = planned.startsAt.addingTimeInterval(117 * 60)
        let data = DemoFixtures.city(now: now)
        let running = try #require(data.sessions.first { $0.startsAt == planned.startsAt && $0.title == planned.title })
        #expect(running.status == .scheduled)
        for session in data.sessions where session.endsAt > now { #expect(session.status != .done) }
    }

    @Test(
        "sessions carry what a kept calendar has: uid, links, stage, attendance and follow-up, edits",
        arguments: [DemoScale.city, .national])
    func keptFields(scale: DemoScale) throws {
        let data = DemoGenerator.make(
            scale: scale, seed: DemoFixtures.seed, now: DemoFixtures.now, proposalCount: scale == .city ? nil : 2_000)
        for session in data.sessions {
            #expect(session.uid == "demo-session-\(session.id)@inovasi")
            #expect(session.meetingLink.isEmpty == (session.mode == .offline))
            if !session.meetingLink.isEmpty {
                #expect(session.meetingLink.hasPrefix("https://") && session.meetingLink.contains(".example.org/"))
            }
            let lowered = session.title.lowercased()
            #expect((session.labStage != nil) == lowered.hasPrefix("laboratorium inovasi: tahap "))
            if let stage = session.labStage { #expect(lowered.hasSuffix(stage.typed)) }
            if session.status == .done {
                #expect(!session.attendedAgencyIDs.isEmpty)
                #expect(Set(session.attendedAgencyIDs).isSubset(of: session.agencyIDs))
                #expect(!session.followUp.isEmpty && session.sequence > 0)
            } else {
                #expect(session.attendedAgencyIDs.isEmpty && session.followUp.isEmpty)
            }
            if session.status == .cancelled { #expect(session.sequence > 0) }
            #expect((session.updatedAt != nil) == (session.sequence > 0))
            if let updated = session.updatedAt { #expect(updated <= DemoFixtures.now) }
        }
        let done = data.sessions.filter { $0.status == .done }
        #expect(done.contains { $0.attendedAgencyIDs == $0.agencyIDs })
        #expect(done.contains { $0.attendedAgencyIDs.count < $0.agencyIDs.count })
        #expect(data.sessions.contains { $0.status == .scheduled && $0.sequence > 0 })
        #expect(data.sessions.contains { $0.status == .scheduled && $0.sequence == 0 })
        #expect(Set(data.sessions.compactMap(\.labStage)).count >= 3)
    }

    @Test("the national calendar: 5.5 % of the proposals, over its regions' agencies, the same months, by seed")
    func nationalCalendar() throws {
        let make = { (seed: UInt64) in
            DemoGenerator.make(scale: .national, seed: seed, now: DemoFixtures.now, proposalCount: 2_000)
        }
        let national = make(DemoFixtures.seed)
        // The calendar (from the 15th of the previous month) holds the 5.5 %; the city's archive is before it.
        let (year, month) = DemoFixtures.month(of: DemoFixtures.now, offset: -1)
        var wib = Calendar(identifier: .gregorian)
        wib.timeZone = DemoFixtures.wib
        let calendarStart = try #require(wib.date(from: DateComponents(year: year, month: month, day: 15)))
        let calendar = national.sessions.filter { $0.startsAt >= calendarStart }
        #expect(calendar.count * 1_000 >= 2_000 * 55 && calendar.count <= 2_000 * 6 / 100)
        #expect(national.sessions.count - calendar.count >= 24, "the city's archive")
        #expect(national.sessions.map(\.id) == (1...Int64(national.sessions.count)).map { $0 })
        #expect(national.sessions.map(\.startsAt) == national.sessions.map(\.startsAt).sorted())
        let agencies = Set(national.agencies.map(\.id))
        let owners = Dictionary(uniqueKeysWithValues: national.innovations.map { ($0.id, $0.agencyID) })
        for session in national.sessions {
            try session.validate()
            #expect(!session.agencyIDs.isEmpty && session.agencyIDs.allSatisfy(agencies.contains))
            for id in session.innovationIDs {
                let owner = try #require(owners[id])
                #expect(session.agencyIDs.contains(owner))
            }
        }
        let cityAgencyCount = Int64(DemoFixtures.city().agencies.count)
        let regional = national.sessions.filter { $0.agencyIDs.allSatisfy { $0 > cityAgencyCount } }
        #expect(Set(regional.flatMap(\.agencyIDs)).count >= 50)
        #expect(months(national.sessions).keys.sorted() == months(DemoFixtures.city().sessions).keys.sorted())
        #expect(make(DemoFixtures.seed).sessions == national.sessions)
        #expect(make(DemoFixtures.seed + 1).sessions != national.sessions)
        let small = DemoGenerator.make(
            scale: .national, seed: DemoFixtures.seed, now: DemoFixtures.now, proposalCount: 10)
        #expect(small.sessions.count >= 16)
    }
}
