import Foundation
import Testing

@testable import InovasiICS

@Suite("ICS reader: malformed files are refused with their line")
struct ICSMalformedTests {
    typealias T = ICSTestSupport

    static func refusal(_ text: String) -> ICSError? {
        do {
            _ = try T.read(text)
            return nil
        } catch {
            return error
        }
    }

    static let head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t"]

    @Test("a bad date on the seventh physical line (after a folded one) names line 7, in both languages")
    func badDate() throws {
        let text = T.file(
            Self.head + [
                "BEGIN:VEVENT", "UID:a", " b", "DTSTART;TZID=Asia/Jakarta:20270230T090000", "END:VEVENT",
                "END:VCALENDAR",
            ]
        )
        let error = try #require(Self.refusal(text))
        #expect(error.line == 7)
        #expect(error.problem == .badDate("20270230T090000"))
        #expect(error.message.id == "baris 7: tanggal atau waktu tidak sah: \"20270230T090000\"")
        #expect(error.message.en == "line 7: invalid date or date-time: \"20270230T090000\"")
    }

    @Test(
        "each fault is found and placed",
        arguments: [
            (["BEGIN:VEVENT", "UID:a", "DTSTART:20270101T000000Z", "END:VEVENT"], 1, ICSProblem.unclosed("VCALENDAR")),
            (["BEGIN:VEVENT", "SUMMARY:x", "END:VEVENT", "END:VCALENDAR"], 4, .missing("UID")),
            (["BEGIN:VEVENT", "UID:a", "END:VEVENT", "END:VCALENDAR"], 4, .missing("DTSTART")),
            (
                ["BEGIN:VEVENT", "UID:a", "DTSTART:20270101T000000Z", "END:VTODO", "END:VCALENDAR"], 7,
                .unexpectedEnd("VTODO")
            ),
            (
                [
                    "BEGIN:VEVENT", "UID:a", "DTSTART:20270101T000000Z", "DTEND:20261231T000000Z", "END:VEVENT",
                    "END:VCALENDAR",
                ], 7,
                .endBeforeStart
            ),
            (
                ["BEGIN:VEVENT", "UID:a", "DTSTART;TZID=Mars/Olympus:20270101T000000", "END:VEVENT", "END:VCALENDAR"],
                6,
                .unknownZone("Mars/Olympus")
            ),
            (
                [
                    "BEGIN:VEVENT", "UID:a", "DTSTART:20270101T000000Z", "RRULE:FREQ=HOURLY", "END:VEVENT",
                    "END:VCALENDAR",
                ], 7,
                .badRule("FREQ=HOURLY")
            ),
            (
                [
                    "BEGIN:VEVENT", "UID:a", "DTSTART:20270101T000000Z", "RRULE:FREQ=MONTHLY;BYSETPOS=-1", "END:VEVENT",
                    "END:VCALENDAR",
                ], 7, .badRule("BYSETPOS=-1")
            ),
            (
                ["BEGIN:VEVENT", "UID:a", "DTSTART:20270101T000000Z", "STATUS:DONE", "END:VEVENT", "END:VCALENDAR"], 7,
                .badStatus("DONE")
            ),
            (
                ["BEGIN:VEVENT", "UID:a", "DTSTART:20270101T000000Z", "SEQUENCE:x", "END:VEVENT", "END:VCALENDAR"], 7,
                .badNumber("x")
            ),
            (
                ["BEGIN:VEVENT", "UID:a", "DTSTART:20270101T000000Z", "DURATION:PT1X", "END:VEVENT", "END:VCALENDAR"],
                7,
                .badDuration("PT1X")
            ),
            (
                ["BEGIN:VEVENT", "UID:a", "tanpa titik dua", "END:VEVENT", "END:VCALENDAR"], 6,
                .badSyntax("tanpa titik dua")
            ),
            (["BEGIN:VEVENT", "UID:a", "DESCRIPTION", "END:VEVENT", "END:VCALENDAR"], 6, .noColon),
        ])
    func faults(lines: [String], line: Int, problem: ICSProblem) throws {
        let error = try #require(Self.refusal(T.file(Self.head + lines)))
        #expect(error.problem == problem)
        #expect(error.line == line)
    }

    @Test("an empty file, a file that is not a calendar, and octets that are not UTF-8")
    func notCalendars() throws {
        #expect(Self.refusal("")?.problem == .empty)
        #expect(Self.refusal("\r\n\r\n")?.problem == .empty)
        #expect(Self.refusal("nama,tanggal\r\nrapat,2027-01-01\r\n")?.line == 1)
        let bytes = Data(T.file(Self.head).utf8) + Data([0x53, 0x3A, 0xFF, 0x0D, 0x0A])
        #expect(throws: ICSError(line: 4, .notUTF8)) {
            try ICSReader(zone: T.jakarta).read(bytes, from: .distantPast, to: .distantFuture)
        }
    }
}
