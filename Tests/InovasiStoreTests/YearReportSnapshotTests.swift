import Foundation
import InovasiApp
import InovasiCore
import InovasiStore
import Testing

/// The yearly report for the Wali Kota on a store with fixed dates and a fixed clock.
@Suite("Report: the yearly Markdown report")
struct YearReportSnapshotTests {
    /// The figures of ``StoreYearFiguresTests/seeded()``, a main innovation, a long name and two
    /// mentoring sessions done in 2026.
    static func store() throws -> Fixture {
        let fixture = try StoreYearFiguresTests.seeded()
        let store = fixture.store
        _ = try store.addAgency(
            Agency(
                code: "BKPSDM", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia | <b>", kind: .badan),
            by: Fixture.admin, now: Fixture.now - 50 * Fixture.day)
        _ = try store.addInnovation(
            Fixture.innovation("Utama", agency: fixture.dinkes, stage: .implementation, isMain: true),
            by: Fixture.admin,
            now: Fixture.now - 200 * Fixture.day)
        for (title, institution, day, attended) in [
            ("Klinik", "LAN RI", "2026-03-03", [fixture.dinkes.id, fixture.setda.id]),
            ("Kajian", "BRIN", "2026-05-05", [fixture.disdik.id]),
        ] {
            let start = try StoreYearFiguresTests.at("\(day)T02:00:00Z")
            let session = try store.addSession(
                MentoringSession(
                    title: title, startsAt: start, endsAt: start + 7200, location: "Aula", mode: .offline,
                    speakerName: "Dr. Nara", speakerInstitution: institution, agencyIDs: attended),
                by: Fixture.admin, now: start - 30 * Fixture.day)
            _ = try store.markSessionDone(
                id: session.id, attended: attended, followUp: "", by: Fixture.admin, now: start + 7200)
        }
        return fixture
    }

    @Test("the report of 2026 in Indonesian and English")
    func yearly2026() throws {
        let fixture = try Self.store()
        let year = try #require(ReportingYear(2026))
        for language in [Language.id, .en] {
            let style = OutputStyle(
                language: language, zone: StoreYearFiguresTests.jakarta, now: Fixture.now, city: "Kota Cilegon",
                overdueDays: 14, toTerminal: false)
            let text = try ReportOutput.load(from: fixture.store, style: style, year: year).render(.markdown)
            #expect(!text.contains("…"))
            assertTextSnapshot(text, named: "yearly-report-2026-\(language.rawValue).md")
        }
    }
}
