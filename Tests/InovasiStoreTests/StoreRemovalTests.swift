import Foundation
import GRDB
import InovasiCore
import Testing

@testable import InovasiStore

/// Soft delete (issue 10, point 4): a removed OPD, innovation or proposal leaves every list and
/// count but stays in the file with its history; an admin restores it; both are audited.
@Suite("Store: removing and restoring records")
struct StoreRemovalTests {
    let now = Fixture.now

    @Test("a removed proposal leaves the queue, its count, the OPD's counts and lists; restore brings it back")
    func proposalLeavesAndReturns() throws {
        let fixture = try Fixture()
        let kept = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 20)
        let gone = try fixture.addProposal("Salah ketik", agency: fixture.dinkes, daysAgo: 30)
        let store = fixture.store
        func dinkesWaiting() throws -> Int {
            try store.progress(now: now, overdueDays: 14).first { $0.agency.id == fixture.dinkes.id }?.waiting ?? -1
        }
        #expect(try dinkesWaiting() == 2)
        try store.remove(.proposal, id: gone.id, note: "dimasukkan dua kali", by: Fixture.admin, now: now)

        let queue = try store.queue(Store.QueueFilter(), now: now, overdueDays: 14)
        #expect(queue.map(\.id) == [kept.id])
        #expect(try store.queueCount(Store.QueueFilter(), now: now, overdueDays: 14) == 1)
        let overdue = Store.QueueFilter(overdueOnly: true)
        #expect(try store.queue(overdue, now: now, overdueDays: 14).map(\.id) == [kept.id])
        #expect(try dinkesWaiting() == 1)
        #expect(try store.proposals(agencyID: fixture.dinkes.id).map(\.id) == [kept.id])
        #expect(try store.proposal(id: gone.id)?.title == "Salah ketik", "the row stays in the file")
        let removed = try store.removedRecords()
        #expect(removed.map(\.id) == [gone.id])
        #expect(removed.first?.note == "dimasukkan dua kali")
        #expect(removed.first?.removedBy == Fixture.admin)

        try store.restore(.proposal, id: gone.id, note: "ternyata benar", by: Fixture.admin, now: now)
        #expect(try store.queueCount(Store.QueueFilter(), now: now, overdueDays: 14) == 2)
        #expect(try dinkesWaiting() == 2)
        #expect(try store.removedRecords().isEmpty)
        let trail = try store.auditLog(entity: "proposal", id: gone.id).map(\.action)
        #expect(trail.suffix(2) == ["proposal.softDelete", "proposal.restore"])
    }

    @Test("the removal's audit row holds the record before and after, and the note")
    func auditBeforeAndAfter() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        try fixture.store.remove(.proposal, id: proposal.id, note: "uji", by: Fixture.admin, now: now)
        let entry = try #require(try fixture.store.auditLog(entity: "proposal", id: proposal.id).last)
        #expect(entry.action == "proposal.softDelete")
        #expect(entry.note == "uji")
        #expect(entry.before?.contains(#""removed":false"#) == true)
        #expect(entry.after?.contains(#""removed":true"#) == true)
        #expect(entry.after?.contains("Antar obat lansia") == true)
    }

    @Test("a removed proposal cannot be decided, scored or assigned until restored")
    func removedProposalRefusesChanges() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        try fixture.store.remove(.proposal, id: proposal.id, note: "salah", by: Fixture.admin, now: now)
        let error = try #require(throws: StoreError.self) {
            try fixture.store.apply(
                .take, to: proposal.id, expectedVersion: proposal.version, note: "", by: Fixture.reviewer, now: now)
        }
        #expect(error == .removed(entity: "proposal", id: proposal.id))
        #expect(error.message(.en).contains("inovasi restore proposal \(proposal.id)"))
        #expect(throws: StoreError.removed(entity: "proposal", id: proposal.id)) {
            try fixture.store.remove(.proposal, id: proposal.id, note: "lagi", by: Fixture.admin, now: now)
        }
    }

    @Test("a removed proposal cannot be edited until restored, and the refusal changes nothing")
    func removedProposalRefusesAnEdit() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        try fixture.store.remove(.proposal, id: proposal.id, note: "salah", by: Fixture.admin, now: now)
        var edited = try #require(try fixture.store.proposal(id: proposal.id))
        edited.title = "Antar obat lansia keliling"
        #expect(throws: StoreError.removed(entity: "proposal", id: proposal.id)) {
            _ = try fixture.store.editProposal(edited, by: Fixture.admin, now: now)
        }
        #expect(try fixture.store.proposal(id: proposal.id)?.title == "Antar obat lansia")
    }

    @Test("a removed innovation leaves lists and counts and loses its main flag, kept in the audit row")
    func innovationLeavesAndLosesMain() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let main = try store.addInnovation(
            Fixture.innovation("Gegana Pedes", agency: fixture.dinkes, stage: .implementation, isMain: true),
            by: Fixture.admin, now: now)
        let other = try store.addInnovation(
            Fixture.innovation("I-HATI", agency: fixture.dinkes, stage: .trial), by: Fixture.admin, now: now)
        try store.remove(.innovation, id: main.id, note: "ganda", by: Fixture.admin, now: now)

        #expect(try store.innovations(agencyID: fixture.dinkes.id).map(\.id) == [other.id])
        let row = try #require(
            try store.progress(now: now, overdueDays: 14).first { $0.agency.id == fixture.dinkes.id })
        #expect(row.hasMainInnovation == false)
        #expect(row.innovationsByStage[.implementation, default: 0] == 0)
        #expect(try store.innovation(id: main.id)?.isMain == false)
        #expect(try store.stageHistory(of: main.id).isEmpty == false, "its history stays")
        try store.setMain(other.id, true, by: Fixture.admin, now: now)
        #expect(throws: StoreError.removed(entity: "innovation", id: main.id)) {
            try store.moveStage(of: main.id, .back(to: .trial), note: "x", by: Fixture.admin, now: now)
        }
        try store.restore(.innovation, id: main.id, by: Fixture.admin, now: now)
        #expect(try store.innovations(agencyID: fixture.dinkes.id).count == 2)
        #expect(try store.innovation(id: main.id)?.isMain == false, "the main flag is not given back")
    }

    @Test("an OPD with innovations, proposals, kelurahan or users is refused with the counts, the file unchanged")
    func agencyInUseIsRefused() throws {
        let fixture = try Fixture()
        try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        let before = try Self.snapshot(fixture.store)
        let error = try #require(throws: StoreError.self) {
            try fixture.store.remove(.agency, id: fixture.dinkes.id, note: "salah", by: Fixture.admin, now: now)
        }
        #expect(error == .agencyInUse(agency: "DINKES", innovations: 0, proposals: 1, villages: 0, users: 1))
        #expect(error.exitCode == 1)
        #expect(
            throws: StoreError.agencyInUse(agency: "KEC-CIBEBER", innovations: 0, proposals: 0, villages: 1, users: 0)
        ) {
            try fixture.store.remove(.agency, id: fixture.cibeber.id, note: "salah", by: Fixture.admin, now: now)
        }
        #expect(try Self.snapshot(fixture.store) == before)
    }

    @Test("a removed OPD leaves the progress table and the OPD list; what belongs to it waits for its restore")
    func agencyLeavesAndReturns() throws {
        let fixture = try Fixture()
        let store = fixture.store
        try store.remove(.agency, id: fixture.bulakan.id, note: "kelurahan uji", by: Fixture.admin, now: now)
        #expect(try !store.progress(now: now, overdueDays: 14).contains { $0.agency.id == fixture.bulakan.id })
        #expect(try !store.agencies().contains { $0.id == fixture.bulakan.id })
        #expect(try store.agency(named: "KEL-BULAKAN")?.id == fixture.bulakan.id, "found to be restored")
        #expect(throws: StoreError.removed(entity: "agency", id: fixture.bulakan.id)) {
            try store.addProposal(
                Fixture.proposal("Baru", agency: fixture.bulakan, daysAgo: 1), by: Fixture.admin, now: now)
        }
        try store.remove(.agency, id: fixture.cibeber.id, note: "kecamatan uji", by: Fixture.admin, now: now)
        #expect(throws: StoreError.removed(entity: "agency", id: fixture.cibeber.id)) {
            try store.restore(.agency, id: fixture.bulakan.id, by: Fixture.admin, now: now)
        }
        try store.restore(.agency, id: fixture.cibeber.id, by: Fixture.admin, now: now)
        try store.restore(.agency, id: fixture.bulakan.id, by: Fixture.admin, now: now)
        #expect(try store.progress(now: now, overdueDays: 14).contains { $0.agency.id == fixture.bulakan.id })
    }

    @Test("a session's lists leave out a removed OPD and innovation")
    func sessionsLeaveOutRemoved() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let innovation = try store.addInnovation(
            Fixture.innovation("Gegana Pedes", agency: fixture.dinkes, stage: .trial), by: Fixture.admin, now: now)
        let session = try store.addSession(
            MentoringSession(
                title: "Klinik inovasi", startsAt: now, endsAt: now.addingTimeInterval(7_200), location: "Aula",
                mode: .offline, speakerName: "Dr. Wahyu", speakerInstitution: "LAN RI",
                agencyIDs: [fixture.setda.id, fixture.bulakan.id], innovationIDs: [innovation.id]),
            by: Fixture.admin, now: now)
        try store.remove(.innovation, id: innovation.id, note: "ganda", by: Fixture.admin, now: now)
        try store.remove(.agency, id: fixture.bulakan.id, note: "uji", by: Fixture.admin, now: now)
        let read = try #require(
            try store.sessions(from: now.addingTimeInterval(-60), to: now.addingTimeInterval(60)).first)
        #expect(read.id == session.id)
        #expect(read.agencyIDs == [fixture.setda.id])
        #expect(read.innovationIDs.isEmpty)
    }

    @Test("only an admin removes or restores, a note is required, and refusals change nothing")
    func onlyAdminsWithANote() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 5)
        let before = try Self.snapshot(fixture.store)
        for user in [Fixture.reviewer, Fixture.supervisor, Fixture.viewer, "stranger"] {
            #expect(throws: StoreError.self) {
                try fixture.store.remove(.proposal, id: proposal.id, note: "x", by: user, now: now)
            }
        }
        #expect(throws: StoreError.validation(ValidationError(field: "note", reason: .empty))) {
            try fixture.store.remove(.proposal, id: proposal.id, note: "  ", by: Fixture.admin, now: now)
        }
        #expect(throws: StoreError.notRemoved(entity: "proposal", id: proposal.id)) {
            try fixture.store.restore(.proposal, id: proposal.id, by: Fixture.admin, now: now)
        }
        #expect(throws: StoreError.unknownProposal(id: 999)) {
            try fixture.store.remove(.proposal, id: 999, note: "x", by: Fixture.admin, now: now)
        }
        #expect(try Self.snapshot(fixture.store) == before)
        try fixture.store.remove(.proposal, id: proposal.id, note: "x", by: Fixture.admin, now: now)
        let removedState = try Self.snapshot(fixture.store)
        #expect(throws: StoreError.self) {
            try fixture.store.restore(.proposal, id: proposal.id, by: Fixture.reviewer, now: now)
        }
        #expect(try Self.snapshot(fixture.store) == removedState)
    }

    /// Every row of the tables a removal touches, as text.
    static func snapshot(_ store: Store) throws -> [String] {
        try store.read { db in
            var rows: [String] = []
            for table in ["agency", "innovation", "proposal", "removal", "audit_log", "assignment"] {
                rows += try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { "\(table): \($0)" }
            }
            return rows
        }
    }
}

/// `check` names a removal of a missing record and a record left under a removed OPD.
@Suite("Store: check and removals")
struct StoreRemovalCheckTests {
    @Test("a sound store with removals checks clean; rows written around the store are named")
    func checkNamesBrokenRemovals() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Antar obat lansia", agency: fixture.setda, daysAgo: 5)
        try fixture.store.remove(.proposal, id: proposal.id, note: "uji", by: Fixture.admin, now: Fixture.now)
        try fixture.store.remove(.agency, id: fixture.setda.id, note: "uji", by: Fixture.admin, now: Fixture.now)
        #expect(try fixture.store.check() == [])
        let planted = try Worker.run([
            "sql", fixture.path,
            "DELETE FROM removal WHERE entity = 'proposal'; "
                + "INSERT INTO removal VALUES ('innovation', 999, '2026-12-01T00:00:00Z', 'x', 'y');",
        ])
        #expect(planted.status == 0, "\(planted.errors)")
        let kinds = try Store.open(at: fixture.path).check().map(\.kind)
        #expect(kinds.sorted() == ["removedMissing", "removedOwner"])
    }
}

/// Nothing new may point at a removed OPD: users, imported bidang or kelurahan.
@Suite("Store: a removed OPD gets nothing new")
struct StoreRemovedAgencyWriteTests {
    @Test("a user, a bidang or an alias for a removed OPD is refused naming the restore")
    func refusedForRemovedAgency() throws {
        let fixture = try Fixture()
        let store = fixture.store
        try store.remove(.agency, id: fixture.setda.id, note: "uji", by: Fixture.admin, now: Fixture.now)
        let refusal = StoreError.removed(entity: "agency", id: fixture.setda.id)
        #expect(throws: refusal) {
            try store.addUser(User(name: "tono", role: .viewer, agencyID: fixture.setda.id), by: Fixture.admin)
        }
        #expect(throws: refusal) {
            try store.addDivision(Division(agencyID: fixture.setda.id, name: "Bagian Umum"), by: Fixture.admin)
        }
        #expect(throws: refusal) { try store.addAgencyAlias("Setda Kota", to: fixture.setda.id, by: Fixture.admin) }
    }
}
