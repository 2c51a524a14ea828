import Foundation
import Testing

@testable import InovasiCore

/// The holiday list and office hours as data and rules (issue 10, point 7).
@Suite("Calendar: national holidays and office hours")
struct OfficeHoursTests {
    let wib = DemoFixtures.wib

    func day(_ iso: String) throws -> CalendarDay { try #require(CalendarDay(iso: iso)) }

    /// `HH:MM` WIB on the day `iso`.
    func time(_ iso: String, _ hour: Int, _ minute: Int) throws -> Date {
        try day(iso).start(in: wib).addingTimeInterval(TimeInterval(hour * 3_600 + minute * 60))
    }

    @Test("the list covers 2024–2027 in order, once per day, with Christmas, independence day and New Year")
    func holidayList() throws {
        let days = NationalHolidays.all.map(\.day)
        #expect(days == days.sorted())
        #expect(Set(days).count == days.count)
        for year in NationalHolidays.years {
            #expect(days.contains(try day("\(year)-12-25")))
            #expect(days.contains(try day("\(year)-08-17")))
            #expect(days.contains(try day("\(year)-01-01")))
        }
        let covered = NationalHolidays.fixedDateYears.lowerBound...NationalHolidays.years.upperBound
        #expect(days.allSatisfy { covered.contains($0.year) })
        #expect(days.contains(try day("2019-12-25")))
        #expect(NationalHolidays.holiday(on: try day("2025-08-18"))?.isCollectiveLeave == true)
        #expect(NationalHolidays.holiday(on: try day("2026-03-18"))?.name == "Cuti bersama Nyepi")
        #expect(NationalHolidays.dayNumbers.count == days.count)
    }

    @Test("day numbers and weekdays agree with Foundation's calendar")
    func civilDays() throws {
        #expect(CivilDays.number(of: try day("1970-01-01")) == 0)
        #expect(CivilDays.isoWeekday(of: 0) == 4)
        for iso in ["2024-02-29", "2026-12-25", "2027-03-01", "1969-12-31"] {
            let value = try day(iso)
            let seconds = value.start(in: .gmt).timeIntervalSince1970
            #expect(CivilDays.number(of: value) == Int(seconds / 86_400))
            #expect(CivilDays.isoWeekday(of: CivilDays.number(of: value)) == value.isoWeekday)
        }
    }

    @Test("working days: Monday to Friday except holidays and cuti bersama")
    func workingDays() throws {
        #expect(OfficeHours.isWorkingDay(try day("2026-12-07")))  // Monday
        #expect(!OfficeHours.isWorkingDay(try day("2026-12-05")))  // Saturday
        #expect(!OfficeHours.isWorkingDay(try day("2026-12-06")))  // Sunday
        #expect(!OfficeHours.isWorkingDay(try day("2026-12-25")))  // Friday, Christmas
        #expect(!OfficeHours.isWorkingDay(try day("2026-12-24")))  // cuti bersama
        #expect(!OfficeHours.isWorkingDay(try day("2026-03-23")))  // cuti bersama Idul Fitri
    }

    @Test("office hours 07.30–16.00, Friday to 16.30 without 11.30–13.00")
    func hours() throws {
        #expect(OfficeHours.isWorkingTime(try time("2026-12-07", 7, 30), in: wib))
        #expect(!OfficeHours.isWorkingTime(try time("2026-12-07", 7, 29), in: wib))
        #expect(OfficeHours.isWorkingTime(try time("2026-12-07", 15, 59), in: wib))
        #expect(!OfficeHours.isWorkingTime(try time("2026-12-07", 16, 0), in: wib))
        #expect(!OfficeHours.isWorkingTime(try time("2026-12-11", 11, 30), in: wib))
        #expect(!OfficeHours.isWorkingTime(try time("2026-12-11", 12, 59), in: wib))
        #expect(OfficeHours.isWorkingTime(try time("2026-12-11", 13, 0), in: wib))
        #expect(OfficeHours.isWorkingTime(try time("2026-12-11", 16, 15), in: wib))
        #expect(!OfficeHours.isWorkingTime(try time("2026-12-12", 10, 0), in: wib))
        #expect(!OfficeHours.isWorkingTime(try time("2026-12-25", 10, 0), in: wib))
        #expect(
            OfficeHours.isWorkingSpan(from: try time("2026-12-11", 9, 0), to: try time("2026-12-11", 11, 30), in: wib))
        #expect(
            !OfficeHours.isWorkingSpan(from: try time("2026-12-11", 9, 0), to: try time("2026-12-11", 12, 0), in: wib))
        #expect(
            OfficeHours.isWorkingSpan(from: try time("2026-12-10", 9, 0), to: try time("2026-12-10", 12, 0), in: wib))
    }
}

/// The whole demo keeps the calendar: every event on a working day in office hours.
@Suite("Demo data: working days and hours")
struct DemoCalendarTests {
    let wib = DemoFixtures.wib

    /// Demos anchored on a normal Wednesday, a Saturday night, Christmas and the Idul Fitri leave.
    static let anchors: [Date] = [
        DemoFixtures.now, Date(timeIntervalSince1970: 1_796_997_600),  // Sat 12 Dec 2026, 21:00 WIB
        Date(timeIntervalSince1970: 1_798_164_000),  // Fri 25 Dec 2026, 09:00 WIB
        Date(timeIntervalSince1970: 1_774_062_000),  // Sat 21 Mar 2026, 10:00 WIB (Idul Fitri)
    ]

    @Test("every audit time and score time is a working minute; sessions in one working span", arguments: anchors)
    func events(now: Date) {
        for seed: UInt64 in [DemoFixtures.seed, 7] {
            let data = DemoFixtures.city(seed: seed, now: now)
            var outside: [String] = []
            for item in data.proposals() {
                for entry in item.history where !OfficeHours.isWorkingTime(entry.at, in: wib) {
                    outside.append("#\(item.proposal.id) \(entry.action) at \(entry.at)")
                }
                for score in item.scores where !OfficeHours.isWorkingTime(score.scoredAt, in: wib) {
                    outside.append("#\(item.proposal.id) score at \(score.scoredAt)")
                }
                if item.history.map(\.at) != item.history.map(\.at).sorted() {
                    outside.append("#\(item.proposal.id) out of order")
                }
                if let last = item.history.last?.at, last > now { outside.append("#\(item.proposal.id) after now") }
            }
            for session in data.sessions
            where !OfficeHours.isWorkingSpan(from: session.startsAt, to: session.endsAt, in: wib) {
                outside.append("session \(session.id) \(session.startsAt)–\(session.endsAt)")
            }
            #expect(outside.isEmpty, "\(outside.count): \(outside.prefix(5))")
        }
    }

    @Test("the demo clock's working minutes are OfficeHours' own, forward and back")
    func clockAgreesWithOfficeHours() {
        let clock = DemoClock(now: DemoFixtures.now, zone: wib)
        func isWorking(_ day: Int, _ minute: Int) -> Bool {
            OfficeHours.windows(dayNumber: day).contains { $0.contains(minute) }
        }
        for day in (clock.today - 400)...(clock.today + 60) {
            for minute in stride(from: 0, to: 24 * 60, by: 13) {
                let next = clock.working(atOrAfter: day, minute: minute)
                let previous = clock.working(atOrBefore: day, minute: minute)
                #expect(isWorking(next.day, next.minute) && isWorking(previous.day, previous.minute))
                if isWorking(day, minute) {
                    #expect(next == (day, minute) && previous == (day, minute))
                } else if next.day == day {
                    #expect(!(minute..<next.minute).contains { isWorking(day, $0) })
                }
            }
        }
    }

    @Test("no session on 24, 25 or 26 December or 1 January, though the calendar spans them")
    func noSessionOnChristmas() throws {
        let now = Date(timeIntervalSince1970: 1_796_871_600)  // Fri 11 Dec 2026, 10:00 WIB
        let data = DemoFixtures.city(now: now)
        let days = data.sessions.map { CalendarDay(containing: $0.startsAt, in: wib).description }
        #expect(days.contains { $0.hasPrefix("2026-12-2") || $0.hasPrefix("2026-12-3") }, "\(days)")
        for holiday in ["2026-12-24", "2026-12-25", "2027-01-01"] { #expect(!days.contains(holiday)) }
    }

    @Test("the national scale keeps the calendar too: no session on a weekend, holiday or across the prayer")
    func nationalScale() {
        let data = DemoGenerator.make(scale: .national, seed: 3, now: DemoFixtures.now, proposalCount: 3_000)
        let outside = data.proposals().flatMap { item in
            item.history.map(\.at) + item.scores.map(\.scoredAt)
        }.filter { !OfficeHours.isWorkingTime($0, in: wib) }
        #expect(outside.isEmpty, "\(outside.count): \(outside.prefix(3))")
        #expect(data.sessions.count >= 165)
        for session in data.sessions {
            let warnings = SessionWarnings.find(for: session, isNew: false, now: DemoFixtures.now, in: wib)
            #expect(warnings.isEmpty, "session \(session.id): \(warnings)")
            #expect(OfficeHours.isWorkingSpan(from: session.startsAt, to: session.endsAt, in: wib))
        }
    }

    @Test("a kelurahan's proposals and innovations ask at most Rp 50 juta")
    func villageBudget() {
        for seed: UInt64 in [DemoFixtures.seed, 7, 99] {
            let data = DemoFixtures.city(seed: seed)
            let villages = Set(data.agencies.filter { $0.kind == .kelurahan }.map(\.id))
            let proposals = data.proposals().filter { villages.contains($0.proposal.agencyID) }
            #expect(!proposals.isEmpty)
            #expect(proposals.allSatisfy { $0.proposal.budget <= DemoGenerator.villageBudgetCeiling })
            let innovations = data.innovations.filter { villages.contains($0.agencyID) }
            #expect(innovations.allSatisfy { $0.profile.budget <= DemoGenerator.villageBudgetCeiling })
        }
    }
}
