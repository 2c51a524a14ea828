import Foundation
import InovasiApp
import InovasiCore
import InovasiStore
import Testing

/// Calendars from other programs: Google Calendar's foreign TZID and UTC times, Outlook's Windows
/// zone names, all-day events over the office hours, recurring events one session per occurrence.
@Suite("Sessions calendar: foreign files")
struct SessionCalendarForeignTests {
    static func jakarta(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CalendarFixture.zone
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))
            ?? .distantPast
    }

    static let google = CalendarFixture.file([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "BEGIN:VEVENT", "DTSTART;TZID=America/New_York:20261210T200000",
        "DTEND;TZID=America/New_York:20261210T213000", "DTSTAMP:20261201T000000Z",
        "UID:abc123@google.com", "SEQUENCE:3", "SUMMARY:Rapat koordinasi daring",
        "DESCRIPTION:Agenda: evaluasi\\, tindak lanjut", "LOCATION:https://meet.google.com/xyz-abcd-efg",
        "STATUS:CONFIRMED", "END:VEVENT",
        "BEGIN:VEVENT", "DTSTART:20261211T020000Z", "DTEND:20261211T040000Z", "UID:outlook-1",
        "SUMMARY:Kunjungan lapangan", "LOCATION:Kantor Kecamatan Cibeber", "URL:https://teams.microsoft.com/l/x",
        "STATUS:CANCELLED", "END:VEVENT",
        "BEGIN:VEVENT", "DTSTART;TZID=SE Asia Standard Time:20261214T090000",
        "DTEND;TZID=SE Asia Standard Time:20261214T100000", "UID:outlook-2", "SUMMARY:Apel inovasi",
        "END:VEVENT",
        "END:VCALENDAR",
    ])

    @Test func aGoogleStyleFileWithForeignZonesBecomesSessions() throws {
        let fixture = try Fixture()
        let read = try CalendarFixture.read(Self.google, into: fixture.store)
        #expect(read.map(\.uid) == ["abc123@google.com", "outlook-1", "outlook-2"])
        let online = read[0]
        // 20:00 in New York (EST, UTC-5) is 08:00 the next morning in Jakarta.
        #expect(online.startsAt == Self.jakarta(2026, 12, 11, 8) && online.endsAt == Self.jakarta(2026, 12, 11, 9, 30))
        #expect(online.mode == .online && online.meetingLink == "https://meet.google.com/xyz-abcd-efg")
        #expect(online.location == "https://meet.google.com/xyz-abcd-efg" && online.sequence == 3)
        #expect(online.notes == "Agenda: evaluasi, tindak lanjut" && online.status == .scheduled)
        #expect(online.speakerName == "(narasumber belum ditentukan)")
        #expect(online.speakerInstitution == "(instansi belum ditentukan)")
        #expect(online.agencyIDs.isEmpty && online.innovationIDs.isEmpty)
        let visit = read[1]
        #expect(visit.startsAt == Self.jakarta(2026, 12, 11, 9) && visit.status == .cancelled)
        #expect(visit.mode == .hybrid && visit.location == "Kantor Kecamatan Cibeber")
        #expect(read[2].startsAt == Self.jakarta(2026, 12, 14, 9) && read[2].mode == .offline)
        #expect(read[2].location == "(tempat belum ditentukan)")
        let plan = try fixture.store.importSessions(read, source: "google.ics", by: Fixture.admin, now: Fixture.now)
        #expect(plan.added.count == 3)
    }

    @Test func anAllDayEventRunsOverTheOfficeHoursOfItsDays() throws {
        let fixture = try Fixture()
        let file = CalendarFixture.file([
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "BEGIN:VEVENT", "UID:bimtek", "DTSTART;VALUE=DATE:20261217", "DTEND;VALUE=DATE:20261219",
            "SUMMARY:Bimtek dua hari", "LOCATION:Hotel", "END:VEVENT",
            "BEGIN:VEVENT", "UID:sehari", "DTSTART;VALUE=DATE:20261214", "SUMMARY:Sehari", "END:VEVENT",
            "END:VCALENDAR",
        ])
        let read = try CalendarFixture.read(file, into: fixture.store)
        let twoDays = try #require(read.first { $0.uid == "bimtek" })
        // Thursday 17 07:30 to Friday 18 16:30 (Friday closes later).
        #expect(twoDays.startsAt == Self.jakarta(2026, 12, 17, 7, 30))
        #expect(twoDays.endsAt == Self.jakarta(2026, 12, 18, 16, 30))
        let oneDay = try #require(read.first { $0.uid == "sehari" })
        #expect(oneDay.startsAt == Self.jakarta(2026, 12, 14, 7, 30) && oneDay.endsAt == Self.jakarta(2026, 12, 14, 16))
    }

    @Test func aRecurringEventIsOneSessionPerOccurrenceInTheWindow() throws {
        let fixture = try Fixture()
        let file = CalendarFixture.file([
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "BEGIN:VEVENT", "UID:klinik-mingguan@google.com", "DTSTART;TZID=Asia/Jakarta:20261207T090000",
            "DTEND;TZID=Asia/Jakarta:20261207T110000", "RRULE:FREQ=WEEKLY;COUNT=6", "SUMMARY:Klinik mingguan",
            "LOCATION:Aula", "END:VEVENT",
            "END:VCALENDAR",
        ])
        let importer = try CalendarFixture.importer(fixture.store)
        let from = Self.jakarta(2026, 12, 14, 0)
        let to = Self.jakarta(2027, 1, 4, 0)
        let read = try importer.read(file, from: from, to: to)
        #expect(read.map(\.startsAt) == [14, 21, 28].map { Self.jakarta(2026, 12, $0, 9) })
        #expect(
            read.map(\.uid) == [
                "klinik-mingguan@google.com/20261214T020000Z", "klinik-mingguan@google.com/20261221T020000Z",
                "klinik-mingguan@google.com/20261228T020000Z",
            ])
        try fixture.store.importSessions(read, source: "klinik.ics", by: Fixture.admin, now: Fixture.now)
        let again = try importer.read(file, from: Self.jakarta(2026, 12, 1, 0), to: Self.jakarta(2027, 2, 1, 0))
        let plan = try fixture.store.planSessionImport(again, now: Fixture.now)
        #expect(plan.added.count == 3 && plan.unchanged == 3 && plan.updated.isEmpty)
    }
}
