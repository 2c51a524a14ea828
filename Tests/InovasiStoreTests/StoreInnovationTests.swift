import Foundation
import InovasiCore
import InovasiStore
import Testing

/// Innovations in the store: the stage rule, the main flag per OPD and per bidang, the history query,
/// edits and stops, each audited with before and after and refused without a change.
@Suite("Store: innovations")
struct StoreInnovationTests {
    func add(_ fixture: Fixture, _ title: String, agency: Agency? = nil, division: Division? = nil) throws
        -> Innovation
    {
        try fixture.store.addInnovation(
            Fixture.innovation(title, agency: agency ?? fixture.dinkes, division: division, stage: .initiative),
            by: Fixture.admin, now: Fixture.now)
    }

    func stageRefusal(_ refusal: StageRefusal) -> StoreError {
        .validation(ValidationError(field: "stage", reason: .stage(refusal)))
    }

    @Test func advanceMovesOneStepAndNeverPastImplementation() throws {
        let fixture = try Fixture()
        let innovation = try add(fixture, "Antar Obat")
        let trial = try fixture.store.moveStage(of: innovation.id, .advance, by: Fixture.reviewer, now: Fixture.now)
        #expect(trial.stage == .trial)
        #expect(trial.stageChangedOn == Fixture.now)
        #expect(try fixture.store.moveStage(of: innovation.id, .advance, by: Fixture.admin).stage == .implementation)
        let before = try fixture.store.innovation(id: innovation.id)
        #expect(throws: stageRefusal(.atLastStage)) {
            try fixture.store.moveStage(of: innovation.id, .advance, by: Fixture.admin)
        }
        #expect(try fixture.store.innovation(id: innovation.id) == before)
        let history = try fixture.store.stageHistory(of: innovation.id)
        #expect(history.map(\.stage) == [.initiative, .trial, .implementation])
        #expect(history.map(\.by) == [Fixture.admin, Fixture.reviewer, Fixture.admin])
        let audit = try fixture.store.auditLog(entity: "innovation", id: innovation.id)
        #expect(audit.map(\.action) == ["innovation.add", "innovation.stage", "innovation.stage"])
        #expect(audit[1].before?.contains("\"initiative\"") == true)
        #expect(audit[1].after?.contains("\"trial\"") == true)
    }

    @Test func aViewerOrSupervisorCannotAdvance() throws {
        let fixture = try Fixture()
        let innovation = try add(fixture, "Antar Obat")
        for user in [Fixture.viewer, Fixture.supervisor] {
            #expect(throws: StoreError.self) { try fixture.store.moveStage(of: innovation.id, .advance, by: user) }
        }
        #expect(try fixture.store.innovation(id: innovation.id)?.stage == .initiative)
        #expect(try fixture.store.stageHistory(of: innovation.id).count == 1)
    }

    @Test func movingBackIsForAnAdminWithANote() throws {
        let fixture = try Fixture()
        let innovation = try add(fixture, "Antar Obat")
        try fixture.store.moveStage(of: innovation.id, .advance, by: Fixture.admin)
        try fixture.store.moveStage(of: innovation.id, .advance, by: Fixture.admin)
        let denied = try #require(throws: StoreError.self) {
            try fixture.store.moveStage(of: innovation.id, .back(to: .trial), note: "salah", by: Fixture.reviewer)
        }
        #expect(denied == .permissionDenied(user: Fixture.reviewer, role: .reviewer, action: "innovation.stage"))
        #expect(throws: stageRefusal(.noteRequired)) {
            try fixture.store.moveStage(of: innovation.id, .back(to: .trial), note: "  ", by: Fixture.admin)
        }
        #expect(throws: stageRefusal(.notBackward(from: .implementation, to: .implementation))) {
            try fixture.store.moveStage(of: innovation.id, .back(to: .implementation), note: "x", by: Fixture.admin)
        }
        #expect(try fixture.store.stageHistory(of: innovation.id).count == 3)
        let back = try fixture.store.moveStage(
            of: innovation.id, .back(to: .initiative), note: "belum diuji", by: Fixture.admin)
        #expect(back.stage == .initiative)
        let last = try #require(try fixture.store.stageHistory(of: innovation.id).last)
        #expect(last.stage == .initiative && last.note == "belum diuji" && last.by == Fixture.admin)
        #expect(try fixture.store.auditLog(entity: "innovation", id: innovation.id).last?.note == "belum diuji")
    }

    @Test func aStoppedInnovationCannotAdvance() throws {
        let fixture = try Fixture()
        let innovation = try add(fixture, "Antar Obat")
        let stopped = try fixture.store.stopInnovation(
            innovation.id, reason: "Anggaran habis", on: Fixture.now, by: Fixture.admin, now: Fixture.now)
        #expect(stopped.profile.stoppedOn == Fixture.now)
        #expect(!stopped.profile.isActive)
        #expect(throws: stageRefusal(.stopped)) {
            try fixture.store.moveStage(of: innovation.id, .advance, by: Fixture.admin)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "stoppedOn", reason: .invalid))) {
            try fixture.store.stopInnovation(innovation.id, reason: "lagi", on: Fixture.now, by: Fixture.admin)
        }
        #expect(throws: StoreError.self) {
            try fixture.store.stopInnovation(
                (try add(fixture, "Lain")).id, reason: "x", on: Fixture.now, by: Fixture.reviewer)
        }
        #expect(try fixture.store.auditLog(entity: "innovation", id: innovation.id).last?.action == "innovation.stop")
    }

    @Test func theMainFlagIsOnePerOPDAndOnePerBidang() throws {
        let fixture = try Fixture()
        let bidang = try fixture.store.addDivision(
            Division(agencyID: fixture.dinkes.id, name: "Bidang Pelayanan Kesehatan"), by: Fixture.admin)
        let first = try add(fixture, "Satu")
        let second = try add(fixture, "Dua")
        let ofBidang = try add(fixture, "Tiga", division: bidang)
        try fixture.store.setMain(first.id, true, by: Fixture.admin)
        try fixture.store.setMain(ofBidang.id, true, by: Fixture.admin)
        #expect(try fixture.store.innovation(id: first.id)?.isMain == true)
        try fixture.store.setMain(second.id, true, by: Fixture.admin, now: Fixture.now)
        #expect(try fixture.store.innovation(id: first.id)?.isMain == false)
        #expect(try fixture.store.innovation(id: second.id)?.isMain == true)
        #expect(try fixture.store.innovation(id: ofBidang.id)?.isMain == true, "a bidang's main is its own")
        let cleared = try fixture.store.auditLog(entity: "innovation", id: first.id).last
        #expect(cleared?.action == "innovation.unsetMain")
        #expect(cleared?.before?.contains("\"isMain\":true") == true)
        #expect(cleared?.after?.contains("\"isMain\":false") == true)
        #expect(throws: StoreError.validation(ValidationError(field: "isMain", reason: .invalid))) {
            try fixture.store.addInnovation(
                Fixture.innovation("Empat", agency: fixture.dinkes, stage: .trial, isMain: true), by: Fixture.admin)
        }
        #expect(throws: StoreError.self) { try fixture.store.setMain(first.id, true, by: Fixture.reviewer) }
        #expect(try fixture.store.innovations(agencyID: fixture.dinkes.id).filter(\.isMain).count == 2)
    }

    @Test func theProgressPaneFollowsSetMainAndUnsetMain() throws {
        let fixture = try Fixture()
        let bidang = try fixture.store.addDivision(
            Division(agencyID: fixture.dinkes.id, name: "Bidang Pelayanan Kesehatan"), by: Fixture.admin)
        let own = try add(fixture, "Satu")
        let ofBidang = try add(fixture, "Dua", division: bidang)
        func dinkes() throws -> AgencyProgress? {
            try fixture.store.progress(now: Fixture.now, overdueDays: 14).first { $0.agency.id == fixture.dinkes.id }
        }
        #expect(try dinkes()?.hasMainInnovation == false)
        #expect(try dinkes()?.divisionsWithMain == 0)
        try fixture.store.setMain(own.id, true, by: Fixture.admin)
        try fixture.store.setMain(ofBidang.id, true, by: Fixture.admin)
        #expect(try dinkes()?.hasMainInnovation == true)
        #expect(try dinkes()?.divisionsWithMain == 1)
        #expect(try dinkes()?.divisionsTotal == 1)
        try fixture.store.setMain(own.id, false, by: Fixture.admin)
        try fixture.store.setMain(ofBidang.id, false, by: Fixture.admin)
        #expect(try dinkes()?.hasMainInnovation == false)
        #expect(try dinkes()?.divisionsWithMain == 0)
    }

    @Test func innovationsThatReachedImplementationInAYear() throws {
        let fixture = try Fixture()
        let zone = TimeZone(identifier: "Asia/Jakarta") ?? .gmt
        func day(_ text: String) throws -> Date { try #require(CalendarDay(iso: text)).start(in: zone) }
        let year2026 = try day("2026-01-01")..<day("2027-01-01")
        func add(_ title: String) throws -> Innovation {
            var innovation = Fixture.innovation(title, agency: fixture.dinkes, stage: .initiative)
            innovation.startedOn = try day("2024-01-02")
            return try fixture.store.addInnovation(innovation, by: Fixture.admin, now: Fixture.now)
        }
        let early = try add("Tahun lalu")
        let now = try add("Tahun ini")
        let movedBack = try add("Mundur lagi")
        let onlyTrial = try add("Baru uji coba")
        try fixture.store.moveStage(of: early.id, .advance, by: Fixture.admin, now: day("2025-03-01"))
        try fixture.store.moveStage(of: early.id, .advance, by: Fixture.admin, now: day("2025-12-31"))
        for id in [now.id, movedBack.id] {
            try fixture.store.moveStage(of: id, .advance, by: Fixture.admin, now: day("2025-06-01"))
            try fixture.store.moveStage(of: id, .advance, by: Fixture.admin, now: day("2026-01-01"))
        }
        try fixture.store.moveStage(
            of: movedBack.id, .back(to: .trial), note: "belum", by: Fixture.admin, now: day("2026-02-01"))
        try fixture.store.moveStage(of: onlyTrial.id, .advance, by: Fixture.admin, now: day("2026-05-01"))

        let reached = try fixture.store.innovations(
            matching: InnovationFilter(reached: .implementation, reachedWithin: year2026))
        #expect(reached.map(\.id) == [now.id, movedBack.id])
        let atImplementation = try fixture.store.innovations(matching: InnovationFilter(stage: .implementation))
        #expect(atImplementation.map(\.id) == [early.id, now.id])
        let ofDisdik = try fixture.store.innovations(
            matching: InnovationFilter(agencyID: fixture.disdik.id, reached: .implementation))
        #expect(ofDisdik.isEmpty)
    }

    @Test func anEditKeepsStageMainAndStopAndIsAudited() throws {
        let fixture = try Fixture()
        let innovation = try add(fixture, "Antar Obat")
        try fixture.store.setMain(innovation.id, true, by: Fixture.admin)
        var edited = try #require(try fixture.store.innovation(id: innovation.id))
        edited.title = "Antar Obat Lansia"
        edited.profile.budget = 1_250_000
        edited.profile.sharedAffairs = ["sosial"]
        edited.profile.enactment = Enactment(kind: .headRegulation, number: "12/2026", on: Fixture.now)
        edited.stage = .implementation
        edited.isMain = false
        let saved = try fixture.store.editInnovation(edited, by: Fixture.admin, now: Fixture.now)
        #expect(saved.title == "Antar Obat Lansia")
        #expect(saved.profile.budget == 1_250_000)
        #expect(saved.profile.sharedAffairs == ["sosial"])
        #expect(saved.profile.enactment?.number == "12/2026")
        #expect(saved.stage == .initiative)
        #expect(saved.isMain)
        let audit = try #require(try fixture.store.auditLog(entity: "innovation", id: innovation.id).last)
        #expect(audit.action == "innovation.edit")
        #expect(audit.before?.contains("\"Antar Obat\"") == true)
        #expect(audit.after?.contains("Antar Obat Lansia") == true)

        var bad = saved
        bad.profile.budget = -1
        #expect(throws: StoreError.validation(ValidationError(field: "budget", reason: .negative))) {
            try fixture.store.editInnovation(bad, by: Fixture.admin)
        }
        bad = saved
        bad.title = "Lain"
        #expect(throws: StoreError.self) { try fixture.store.editInnovation(bad, by: Fixture.reviewer) }
        bad.id = 9_999
        #expect(throws: StoreError.validation(ValidationError(field: "id", reason: .unknownReference))) {
            try fixture.store.editInnovation(bad, by: Fixture.admin)
        }
        #expect(try fixture.store.innovation(id: innovation.id) == saved)

        var earlier = saved
        earlier.startedOn = saved.startedOn.addingTimeInterval(-30 * Fixture.day)
        try fixture.store.editInnovation(earlier, by: Fixture.admin)
        #expect(try fixture.store.stageHistory(of: innovation.id).first?.on == earlier.startedOn)
    }

    @Test func namesByIdReadOnlyTheAskedInnovationsThatAreNotRemoved() throws {
        let fixture = try Fixture()
        let first = try add(fixture, "Antar Obat")
        let second = try add(fixture, "Jemput Bola")
        let third = try add(fixture, "Klinik Keliling")
        try fixture.store.remove(.innovation, id: third.id, note: "uji", by: Fixture.admin, now: Fixture.now)
        let names = try fixture.store.innovationNames(ids: [third.id, second.id, 9_999, second.id])
        #expect(names.map(\.title) == ["Jemput Bola"])
        #expect(names.map(\.agencyID) == [second.agencyID])
        #expect(try fixture.store.innovationNames(ids: []).isEmpty)
        #expect(try fixture.store.innovationNames(ids: [first.id]).map(\.id) == [first.id])
    }
}
