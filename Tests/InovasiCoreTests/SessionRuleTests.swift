import Foundation
import InovasiCore
import Testing

/// The session rules: validation naming the field, clashes of narasumber and OPD, and the warnings
/// for weekends, holidays, the Friday prayer and a past date.
@Suite("Sessions: rules, conflicts and warnings")
struct SessionRuleTests {
    static let wib = TimeZone(identifier: "Asia/Jakarta") ?? .gmt

    static func at(_ day: String, _ start: String, _ end: String) -> (Date, Date) {
        let date = CalendarDay(iso: day) ?? CalendarDay(year: 2026, month: 1, day: 1)
        let first = (try? SessionRule.minute(start, field: "start")) ?? 0
        let last = (try? SessionRule.minute(end, field: "end")) ?? 0
        guard let date else { return (Date(), Date()) }
        return (
            SessionRule.instant(date, minute: first, in: wib), SessionRule.instant(date, minute: last, in: wib)
        )
    }

    static func session(
        id: Int64 = 0, _ day: String, _ start: String, _ end: String, speaker: String = "Dr. Siti Aminah",
        agencies: [Int64] = [1]
    ) -> MentoringSession {
        let (from, to) = at(day, start, end)
        return MentoringSession(
            id: id, title: "Klinik", startsAt: from, endsAt: to, location: "Aula", mode: .offline,
            speakerName: speaker, speakerInstitution: "LAN RI", agencyIDs: agencies)
    }

    @Test func validationNamesTheField() throws {
        var session = Self.session("2026-12-08", "09:00", "11:30")
        try SessionRule.validate(session)
        session.title = "  "
        #expect(throws: ValidationError(field: "title", reason: .empty)) { try SessionRule.validate(session) }
        session.title = "Klinik"
        session.endsAt = session.startsAt
        #expect(throws: ValidationError(field: "endsAt", reason: .endBeforeStart)) {
            try SessionRule.validate(session)
        }
        session = Self.session("2026-12-08", "09:00", "11:30")
        session.mode = .online
        #expect(throws: ValidationError(field: "meetingLink", reason: .missing)) { try SessionRule.validate(session) }
        session.meetingLink = "https://zoom.us/j/123"
        try SessionRule.validate(session)
        #expect(throws: ValidationError(field: "date", reason: .invalid)) { try SessionRule.day("2026-02-30") }
        #expect(throws: ValidationError(field: "start", reason: .invalid)) {
            try SessionRule.minute("24:00", field: "start")
        }
        #expect(try SessionRule.minute("09.30", field: "start") == 570)
    }

    @Test func theSameSpeakerOrOPDAtAnOverlappingTimeClashes() {
        let booked = [
            Self.session(id: 1, "2026-12-08", "09:00", "11:00", speaker: "dr.  SITI aminah", agencies: [7]),
            Self.session(id: 2, "2026-12-08", "10:00", "12:00", speaker: "Budi", agencies: [1, 2]),
            Self.session(id: 3, "2026-12-08", "11:30", "12:00", speaker: "Dr. Siti Aminah", agencies: [1]),
            Self.session(id: 4, "2026-12-08", "08:00", "09:00", speaker: "Dr. Siti Aminah", agencies: [1]),
        ]
        var cancelled = Self.session(id: 5, "2026-12-08", "09:00", "10:00", agencies: [1])
        cancelled.status = .cancelled
        let new = Self.session("2026-12-08", "09:00", "11:30", speaker: "Dr. Siti Aminah", agencies: [1, 9])
        let found = SessionConflicts.find(for: new, among: booked + [cancelled])
        #expect(found.map(\.other.id) == [1, 2])
        #expect(found[0].reasons == [.speaker("dr.  SITI aminah")])
        #expect(found[1].reasons == [.agency(1)])
        let itself = SessionConflicts.find(for: booked[1], among: booked)
        #expect(!itself.map(\.other.id).contains(2))
    }

    @Test func weekendsHolidaysAndTheFridayPrayerWarn() {
        let now = Self.at("2026-12-01", "08:00", "08:00").0
        let saturday = Self.session("2026-12-05", "09:00", "10:00")
        #expect(
            SessionWarnings.find(for: saturday, isNew: true, now: now, in: Self.wib) == [
                .weekend(CalendarDay(year: 2026, month: 12, day: 5)!)
            ])
        let christmas = Self.session("2026-12-25", "09:00", "10:00")
        let warnings = SessionWarnings.find(for: christmas, isNew: true, now: now, in: Self.wib)
        #expect(warnings.contains { if case .holiday = $0 { true } else { false } }, "\(warnings)")
        let friday = Self.session("2026-12-11", "10:00", "12:00")
        #expect(
            SessionWarnings.find(for: friday, isNew: true, now: now, in: Self.wib) == [
                .fridayPrayer(CalendarDay(year: 2026, month: 12, day: 11)!)
            ])
        let morning = Self.session("2026-12-11", "08:00", "11:30")
        #expect(SessionWarnings.find(for: morning, isNew: true, now: now, in: Self.wib).isEmpty)
        let past = Self.session("2026-11-30", "09:00", "10:00")
        let pastWarnings = SessionWarnings.find(for: past, isNew: true, now: now, in: Self.wib)
        #expect(pastWarnings == [.pastDate(CalendarDay(year: 2026, month: 11, day: 30)!)])
        #expect(pastWarnings[0].needsConfirmation)
        #expect(SessionWarnings.find(for: past, isNew: false, now: now, in: Self.wib).isEmpty)
    }
}

/// The shipped holidays: the SKB's dates, 2027's movable ones marked unverified.
@Suite("Calendar: the shipped holiday calendar")
struct HolidayCalendarTests {
    @Test func movableDatesOf2027AreUnverifiedAndFixedOnesAreNot() throws {
        let shipped = HolidayCalendar.shipped
        let christmas = try #require(CalendarDay(iso: "2027-12-25"))
        #expect(shipped.holiday(on: christmas)?.name == "Hari Raya Natal")
        #expect(!shipped.isUnverified(christmas))
        let movable = shipped.entries.filter { $0.holiday.day.year == 2027 && $0.holiday.day.month == 3 }
        #expect(!movable.isEmpty && movable.allSatisfy(\.unverified), "\(movable)")
        #expect(!shipped.entries.contains { $0.holiday.day.year == 2026 && $0.unverified })
        #expect(shipped.entries.count == NationalHolidays.all.count)
    }
}
