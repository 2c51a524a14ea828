import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: a reporting year's figures")
struct StoreYearFiguresTests {
    static let jakarta = TimeZone(identifier: "Asia/Jakarta") ?? .gmt
    static let year2025 = ReportingYear(2025)
    static let year2026 = ReportingYear(2026)

    /// A UTC instant from its ISO 8601 text.
    static func at(_ text: String) throws -> Date {
        try Date(text, strategy: .iso8601)
    }

    /// Adds a proposal of `agency` submitted at `submitted`.
    static func propose(_ fixture: Fixture, _ title: String, _ agency: Agency, _ submitted: String) throws
        -> Proposal
    {
        var proposal = Fixture.proposal(title, agency: agency, daysAgo: 0)
        proposal.submittedAt = try at(submitted)
        return try fixture.store.addProposal(proposal, by: Fixture.admin, now: proposal.submittedAt)
    }

    /// The reviewer takes the proposal and decides `event` at `when`.
    @discardableResult
    static func decide(_ fixture: Fixture, _ proposal: Proposal, _ event: ProposalEvent, _ when: String) throws
        -> Proposal
    {
        let now = try at(when)
        let taken = try fixture.store.apply(
            .take, to: proposal.id, expectedVersion: proposal.version, note: "", by: Fixture.reviewer, now: now)
        return try fixture.store.apply(
            event, to: proposal.id, expectedVersion: taken.version, note: event.requiresNote ? "Catatan" : "",
            by: Fixture.reviewer, now: now)
    }

    /// Proposals and decisions in DINKES, DISDIKBUD and SETDA around the turn of 2025 to 2026; an
    /// innovation of SETDA moving through 2026; an undone approval; removed records.
    static func seeded() throws -> Fixture {
        let fixture = try Fixture()
        let store = fixture.store
        // DINKES: submitted in 2025, approved in 2026; another submitted and sent back in 2026.
        try decide(
            fixture, try propose(fixture, "A", fixture.dinkes, "2025-06-01T03:00:00Z"), .approve,
            "2026-02-01T03:00:00Z")
        try decide(
            fixture, try propose(fixture, "B", fixture.dinkes, "2026-03-01T03:00:00Z"), .requestRevision,
            "2026-03-05T03:00:00Z")
        // Removed after its rejection: counted nowhere.
        let removed = try propose(fixture, "H", fixture.dinkes, "2026-04-01T03:00:00Z")
        try decide(fixture, removed, .reject, "2026-04-10T03:00:00Z")
        try store.remove(
            .proposal, id: removed.id, note: "Ganda", by: Fixture.admin, now: try at("2026-04-11T03:00:00Z"))
        // DISDIKBUD: the time zone's boundary. 18:00Z on 31 December is 1 January 01:00 in Jakarta.
        try decide(
            fixture, try propose(fixture, "D", fixture.disdik, "2025-12-20T03:00:00Z"), .reject,
            "2025-12-31T18:00:00Z")
        try propose(fixture, "E", fixture.disdik, "2025-12-31T16:30:00Z")
        try propose(fixture, "F", fixture.disdik, "2025-12-31T17:30:00Z")
        // SETDA: an approval undone the next day counts nowhere.
        let undone = try decide(
            fixture, try propose(fixture, "G", fixture.setda, "2026-02-01T03:00:00Z"), .approve,
            "2026-05-01T03:00:00Z")
        _ = try store.undoLast(proposalID: undone.id, by: Fixture.reviewer, now: try at("2026-05-02T03:00:00Z"))
        // SETDA: an innovation started in 2025 moves forward twice and back once in 2026.
        var innovation = Fixture.innovation("Sigap", agency: fixture.setda, stage: .initiative)
        innovation.startedOn = try at("2025-03-01T03:00:00Z")
        innovation.stageChangedOn = innovation.startedOn
        let sigap = try store.addInnovation(innovation, by: Fixture.admin, now: innovation.startedOn)
        try store.moveStage(of: sigap.id, .advance, by: Fixture.admin, now: try at("2026-04-01T03:00:00Z"))
        try store.moveStage(of: sigap.id, .advance, by: Fixture.admin, now: try at("2026-08-01T03:00:00Z"))
        try store.moveStage(
            of: sigap.id, .back(to: .trial), note: "Salah catat", by: Fixture.admin, now: try at("2026-09-01T03:00:00Z")
        )
        // A removed innovation started in 2026: not counted.
        var gone = Fixture.innovation("Hapus", agency: fixture.setda, stage: .trial)
        gone.startedOn = try at("2026-02-01T03:00:00Z")
        gone.stageChangedOn = try at("2026-03-01T03:00:00Z")
        let goneID = try store.addInnovation(gone, by: Fixture.admin, now: gone.startedOn).id
        try store.remove(.innovation, id: goneID, note: "Ganda", by: Fixture.admin, now: try at("2026-03-02T03:00:00Z"))
        return fixture
    }

    @Test func eachFigureCountsInTheYearOfItsOwnDate() throws {
        let fixture = try Self.seeded()
        let year2026 = try #require(Self.year2026)
        let year2025 = try #require(Self.year2025)
        let now = try fixture.store.yearFigures(year: year2026, timeZone: Self.jakarta)
        let before = try fixture.store.yearFigures(year: year2025, timeZone: Self.jakarta)

        let dinkes = now.figures(of: fixture.dinkes.id)
        #expect(dinkes.proposalsIn == 1 && dinkes.approved == 1 && dinkes.revisionRequested == 1)
        #expect(dinkes.rejected == 0)
        // The approval of A adopted an innovation, started on the day of the approval.
        #expect(dinkes.innovationsStarted == 1 && dinkes.stageMoves == 0)
        #expect(before.figures(of: fixture.dinkes.id).proposalsIn == 1)
        #expect(before.figures(of: fixture.dinkes.id).approved == 0)

        let setda = now.figures(of: fixture.setda.id)
        #expect(setda.proposalsIn == 1 && setda.approved == 0, "the undone approval is not counted")
        #expect(setda.stageMoves == 3 && setda.movedBack == 1)
        #expect(setda.reachedTrial == 1 && setda.reachedImplementation == 1)
        #expect(setda.innovationsStarted == 0, "the removed innovation and the undone adoption are not counted")
        let setda2025 = before.figures(of: fixture.setda.id)
        #expect(setda2025.innovationsStarted == 1 && setda2025.stageMoves == 0 && setda2025.reachedTrial == 0)

        #expect(now.total.proposalsIn == 3 && now.total.decisions == 3)
        #expect(before.total.proposalsIn == 3 && before.total.decisions == 0)
    }

    @Test func aDecisionIsInTheOfficesYearNotUTCs() throws {
        let fixture = try Self.seeded()
        let year2026 = try #require(Self.year2026)
        let year2025 = try #require(Self.year2025)
        let jakarta2026 = try fixture.store.yearFigures(year: year2026, timeZone: Self.jakarta)
        let jakarta2025 = try fixture.store.yearFigures(year: year2025, timeZone: Self.jakarta)
        // 2025-12-31T18:00Z is 1 January 2026 in Jakarta: the rejection and F are 2026's.
        #expect(jakarta2026.figures(of: fixture.disdik.id).rejected == 1)
        #expect(jakarta2026.figures(of: fixture.disdik.id).proposalsIn == 1)
        #expect(jakarta2025.figures(of: fixture.disdik.id).rejected == 0)
        #expect(jakarta2025.figures(of: fixture.disdik.id).proposalsIn == 2)
        // In UTC the same rows fall in 2025.
        let utc2025 = try fixture.store.yearFigures(year: year2025, timeZone: .gmt)
        #expect(utc2025.figures(of: fixture.disdik.id).rejected == 1)
        #expect(utc2025.figures(of: fixture.disdik.id).proposalsIn == 3)
    }

    @Test func mentoringHeldCountsDoneSessionsOfTheYear() throws {
        let fixture = try Fixture()
        let store = fixture.store
        func session(_ title: String, _ institution: String, _ starts: String, _ agencies: [Agency]) throws
            -> MentoringSession
        {
            let start = try Self.at(starts)
            return try store.addSession(
                MentoringSession(
                    title: title, startsAt: start, endsAt: start + 7200, location: "Aula", mode: .offline,
                    speakerName: "Dr. Nara", speakerInstitution: institution, agencyIDs: agencies.map(\.id)),
                by: Fixture.admin, now: start - 86_400 * 30)
        }
        let lan = try session("Klinik", "LAN RI", "2026-03-03T02:00:00Z", [fixture.dinkes])
        _ = try store.markSessionDone(
            id: lan.id, attended: [fixture.dinkes.id, fixture.setda.id], followUp: "", by: Fixture.admin,
            now: try Self.at("2026-03-03T05:00:00Z"))
        let brin = try session("Kajian", "BRIN", "2026-05-05T02:00:00Z", [fixture.disdik])
        _ = try store.markSessionDone(
            id: brin.id, attended: [], followUp: "", by: Fixture.admin, now: try Self.at("2026-05-05T05:00:00Z"))
        _ = try session("Nanti", "LAN RI", "2026-11-03T02:00:00Z", [fixture.cibeber])
        let old = try session("Lama", "Kemendagri", "2025-05-05T02:00:00Z", [fixture.bulakan])
        _ = try store.markSessionDone(
            id: old.id, attended: [fixture.bulakan.id], followUp: "", by: Fixture.admin,
            now: try Self.at("2025-05-05T05:00:00Z"))

        let held = try store.yearFigures(year: try #require(Self.year2026), timeZone: Self.jakarta).mentoring
        #expect(held.sessionsDone == 2)
        #expect(held.byInstitution == [.lanRI: 1, .brin: 1])
        #expect(held.agenciesReached == 3, "DINKES and SETDA attended; DISDIKBUD was invited, no attendance kept")
        let before = try store.yearFigures(year: try #require(Self.year2025), timeZone: Self.jakarta).mentoring
        #expect(before.sessionsDone == 1 && before.byInstitution == [.kemendagri: 1] && before.agenciesReached == 1)
    }

    @Test func aYearIsFourDigitsInItsRange() {
        #expect(ReportingYear(parsing: "2026")?.value == 2026)
        #expect(ReportingYear(parsing: "20x6") == nil)
        #expect(ReportingYear(parsing: "1800") == nil)
        #expect(ReportingYear(parsing: "٢٠٢٦") == nil)
        let interval = ReportingYear(2026)?.interval(in: Self.jakarta)
        #expect(interval?.lowerBound == (try? Self.at("2025-12-31T17:00:00Z")))
        #expect(interval?.upperBound == (try? Self.at("2026-12-31T17:00:00Z")))
    }
}
