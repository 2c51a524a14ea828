import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: OPDs, bidang, innovations, proposals, sessions")
struct StoreReferenceTests {
    let now = Fixture.now

    @Test func agenciesAreOrderedByKindThenNameAndFoundByCodeInAnyCase() throws {
        let fixture = try Fixture()
        let store = fixture.store
        _ = try store.addAgency(Agency(code: "BAPPEDALITBANG", name: "Bappedalitbang", kind: .badan), by: Fixture.admin)
        _ = try store.addAgency(Agency(code: "DISHUB", name: "Dinas Perhubungan", kind: .dinas), by: Fixture.admin)
        #expect(
            try store.agencies().map(\.code) == [
                "SETDA", "BAPPEDALITBANG", "DINKES", "DISDIKBUD", "DISHUB", "KEC-CIBEBER", "KEL-BULAKAN",
            ])
        #expect(try store.agency(code: "dinkes") == fixture.dinkes)
        #expect(try store.agency(code: "TIDAK-ADA") == nil)
        #expect(try store.agency(code: "kel-bulakan")?.parentID == fixture.cibeber.id)
    }

    @Test func agenciesAreValidatedBeforeAnythingIsWritten() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let logBefore = try store.auditLog(limit: 1000)
        #expect(throws: StoreError.validation(ValidationError(field: "code", reason: .invalid))) {
            try store.addAgency(Agency(code: "dinkes", name: "Dinas Kesehatan Lagi", kind: .dinas), by: Fixture.admin)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "parentID", reason: .invalid))) {
            try store.addAgency(
                Agency(code: "KEL-X", name: "Kelurahan X", kind: .kelurahan, parentID: fixture.dinkes.id),
                by: Fixture.admin)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "parentID", reason: .unknownReference))) {
            try store.addAgency(
                Agency(code: "KEL-Y", name: "Kelurahan Y", kind: .kelurahan, parentID: 999), by: Fixture.admin)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "name", reason: .empty))) {
            try store.addAgency(Agency(code: "X", name: " ", kind: .dinas), by: Fixture.admin)
        }
        #expect(throws: StoreError.permissionDenied(user: Fixture.reviewer, role: .reviewer, action: "agency.add")) {
            try store.addAgency(Agency(code: "DISHUB", name: "Dinas Perhubungan", kind: .dinas), by: Fixture.reviewer)
        }
        #expect(try store.auditLog(limit: 1000) == logBefore)
    }

    @Test func divisionsBelongToAnAgency() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let second = try store.addDivision(
            Division(agencyID: fixture.dinkes.id, name: "Bidang Pencegahan"), by: Fixture.admin)
        let first = try store.addDivision(
            Division(agencyID: fixture.dinkes.id, name: "Bidang Kesehatan Masyarakat"), by: Fixture.admin)
        let other = try store.addDivision(Division(agencyID: fixture.disdik.id, name: "Bidang SD"), by: Fixture.admin)
        #expect(try store.divisions(agencyID: fixture.dinkes.id) == [first, second])
        #expect(try store.divisions() == [first, second, other])
        #expect(throws: StoreError.validation(ValidationError(field: "agencyID", reason: .unknownReference))) {
            try store.addDivision(Division(agencyID: 404, name: "Bidang Hilang"), by: Fixture.admin)
        }
        let wrongDivision = Fixture.innovation("Salah bidang", agency: fixture.disdik, division: first, stage: .trial)
        #expect(throws: StoreError.validation(ValidationError(field: "divisionID", reason: .unknownReference))) {
            try store.addInnovation(wrongDivision, by: Fixture.admin)
        }
    }

    @Test func aProposalComesBackAsItWasSaved() throws {
        let fixture = try Fixture()
        var proposal = Fixture.proposal("Pengaduan warga 24 jam", agency: fixture.dinkes, daysAgo: 3)
        proposal.initiatorKind = .citizen
        proposal.proposerName = "Ahmad"
        proposal.proposerContact = "0812-0000-0000"
        proposal.plannedTrialOn = now.addingTimeInterval(30 * Fixture.day)
        proposal.plannedImplementationOn = now.addingTimeInterval(120 * Fixture.day)
        proposal.version = 7
        let saved = try fixture.store.addProposal(proposal, by: Fixture.admin, now: now)
        var expected = proposal
        expected.id = saved.id
        expected.version = 1
        #expect(saved == expected)
        #expect(try fixture.store.proposal(id: saved.id) == expected)
        #expect(try fixture.store.proposals(agencyID: fixture.dinkes.id) == [expected])
        #expect(try fixture.store.proposal(id: 999) == nil)
        var decided = proposal
        decided.status = .approved
        #expect(throws: StoreError.validation(ValidationError(field: "status", reason: .invalid))) {
            try fixture.store.addProposal(decided, by: Fixture.admin)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "budget", reason: .negative))) {
            var bad = proposal
            bad.budget = -1
            _ = try fixture.store.addProposal(bad, by: Fixture.admin)
        }
    }

    @Test func sessionsAreFoundByTimeAndByAgency() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let innovation = try store.addInnovation(
            Fixture.innovation("I-HATI", agency: fixture.dinkes, stage: .trial), by: Fixture.admin)
        func session(_ title: String, startDay: Double, hours: Double, agencies: [Agency]) -> MentoringSession {
            let start = now.addingTimeInterval(startDay * Fixture.day)
            return MentoringSession(
                title: title, startsAt: start, endsAt: start.addingTimeInterval(hours * 3600),
                location: "Aula Bappedalitbang",
                mode: .hybrid, speakerName: "Dr. Siti", speakerInstitution: "LAN RI", agencyIDs: agencies.map(\.id),
                innovationIDs: title == "Klinik inovasi" ? [innovation.id] : [])
        }
        let clinic = try store.addSession(
            session("Klinik inovasi", startDay: 2, hours: 3, agencies: [fixture.disdik, fixture.dinkes]),
            by: Fixture.admin)
        let late = try store.addSession(
            session("Drum-up", startDay: 9, hours: 2, agencies: [fixture.dinkes]), by: Fixture.admin)
        let early = try store.addSession(
            session("Diagnose", startDay: -1, hours: 30, agencies: [fixture.setda]), by: Fixture.admin)
        #expect(clinic.agencyIDs == [fixture.dinkes.id, fixture.disdik.id])
        #expect(clinic.innovationIDs == [innovation.id])
        #expect(try store.sessions(from: now, to: now.addingTimeInterval(7 * Fixture.day)) == [early, clinic])
        #expect(try store.sessions(agencyID: fixture.dinkes.id) == [clinic, late])
        #expect(try store.sessions(agencyID: fixture.bulakan.id) == [])
        #expect(throws: StoreError.validation(ValidationError(field: "innovationIDs", reason: .unknownReference))) {
            var bad = session("Salah", startDay: 1, hours: 1, agencies: [])
            bad.innovationIDs = [404]
            _ = try store.addSession(bad, by: Fixture.admin)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "endsAt", reason: .endBeforeStart))) {
            try store.addSession(session("Terbalik", startDay: 1, hours: -1, agencies: []), by: Fixture.admin)
        }
    }

    @Test func theAuditLogReadsOldestFirstPerEntityAndNewestFirstOverall() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat", agency: fixture.dinkes, daysAgo: 3)
        _ = try fixture.store.apply(
            .take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer, now: now)
        let history = try fixture.store.auditLog(entity: "proposal", id: proposal.id)
        #expect(history.map(\.action) == ["proposal.add", "proposal.take"])
        #expect(history.map(\.entityID) == [proposal.id, proposal.id])
        let latest = try fixture.store.auditLog(limit: 2)
        #expect(latest.map(\.action) == ["proposal.take", "proposal.add"])
        #expect(latest[0].id > latest[1].id)
        #expect(try fixture.store.auditLog(limit: 0) == [])
    }
}
