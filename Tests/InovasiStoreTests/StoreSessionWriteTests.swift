import Foundation
import InovasiCore
import InovasiStore
import Testing

/// Adding, editing, cancelling and closing mentoring sessions: the uid never changes, the sequence
/// grows with each edit, a cancelled session is kept, and every change is audited before and after.
@Suite("Store: session writes")
struct StoreSessionWriteTests {
    static func session(_ title: String, agencies: [Agency], hoursFromNow: Double = 48) -> MentoringSession {
        StoreSchemaV8Tests.session(title, agency: agencies[0], hoursFromNow: hoursFromNow)
            .with(agencies: agencies.map(\.id))
    }

    @Test func anEditKeepsTheUIDAndRaisesTheSequence() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let added = try store.addSession(Self.session("Klinik", agencies: [fixture.dinkes]), by: Fixture.admin)
        #expect(added.sequence == 0 && added.updatedAt == nil && added.status == .scheduled)
        var change = added
        change.title = "Klinik inovasi kesehatan"
        change.labStage = .diagnose
        change.agencyIDs = [fixture.dinkes.id, fixture.disdik.id]
        let once = try store.editSession(change, by: Fixture.admin, now: Fixture.now)
        change.startsAt += 3600
        change.endsAt += 3600
        let twice = try store.editSession(change, by: Fixture.admin, now: Fixture.now + 60)
        #expect(once.uid == added.uid && twice.uid == added.uid)
        #expect(once.sequence == 1 && twice.sequence == 2)
        #expect(twice.title == "Klinik inovasi kesehatan" && twice.labStage == .diagnose)
        #expect(twice.agencyIDs == [fixture.dinkes.id, fixture.disdik.id].sorted())
        #expect(twice.updatedAt == Fixture.now + 60)
        #expect(try store.session(id: added.id) == twice)
        let audit = try store.auditLog(entity: "mentoring_session", id: added.id)
        #expect(audit.map(\.action) == ["session.add", "session.edit", "session.edit"])
        #expect(audit[1].before?.contains("\"Klinik\"") == true)
        #expect(audit[1].after?.contains("Klinik inovasi kesehatan") == true)
    }

    @Test func aCancelledSessionIsKeptAndCannotBeEdited() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let added = try store.addSession(Self.session("Coaching", agencies: [fixture.disdik]), by: Fixture.admin)
        let cancelled = try store.cancelSession(
            id: added.id, reason: "Narasumber berhalangan", by: Fixture.admin, now: Fixture.now)
        #expect(cancelled.status == .cancelled && cancelled.sequence == 1 && cancelled.uid == added.uid)
        #expect(cancelled.notes.contains("Narasumber berhalangan"))
        #expect(try store.sessions(agencyID: fixture.disdik.id) == [cancelled])
        #expect(throws: StoreError.validation(ValidationError(field: "status", reason: .invalid))) {
            try store.editSession(added, by: Fixture.admin, now: Fixture.now)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "status", reason: .invalid))) {
            try store.markSessionDone(id: added.id, attended: [], followUp: "", by: Fixture.admin)
        }
        let audit = try store.auditLog(entity: "mentoring_session", id: added.id)
        #expect(audit.map(\.action) == ["session.add", "session.cancel"])
        #expect(audit[1].note == "Narasumber berhalangan")
    }

    @Test func doneRecordsAttendanceAndFollowUp() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let added = try store.addSession(
            Self.session("Drum-up", agencies: [fixture.dinkes, fixture.disdik]), by: Fixture.admin)
        let done = try store.markSessionDone(
            id: added.id, attended: [fixture.disdik.id, fixture.dinkes.id, fixture.disdik.id],
            followUp: "Kirim proposal minggu depan", by: Fixture.admin, now: Fixture.now + 3 * 86_400)
        #expect(done.status == .done && done.followUp == "Kirim proposal minggu depan")
        #expect(done.attendedAgencyIDs == [fixture.dinkes.id, fixture.disdik.id].sorted())
        #expect(done.uid == added.uid)
        #expect(try store.auditLog(entity: "mentoring_session", id: added.id).last?.action == "session.done")
    }

    @Test func aWriteOnAStaleCopyIsRefusedInsideItsTransaction() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let added = try store.addSession(
            Self.session("Klinik", agencies: [fixture.dinkes], hoursFromNow: -24), by: Fixture.admin)
        var change = added
        change.title = "Klinik pagi"
        let edited = try store.editSession(change, by: Fixture.admin, expected: added, now: Fixture.now)
        let refusal = StoreError.sessionChanged(id: added.id, changedBy: Fixture.admin, changedAt: Fixture.now)
        #expect(throws: refusal) { try store.editSession(change, by: Fixture.admin, expected: added) }
        #expect(throws: refusal) {
            try store.cancelSession(id: added.id, reason: "", by: Fixture.admin, expected: added)
        }
        #expect(throws: refusal) {
            try store.markSessionDone(id: added.id, attended: [], followUp: "", by: Fixture.admin, expected: added)
        }
        #expect(try store.session(id: added.id) == edited, "nothing written")
        #expect(refusal.message(.en).hasPrefix("Session #\(added.id) was changed by \(Fixture.admin) ("))
        let done = try store.markSessionDone(
            id: added.id, attended: [], followUp: "", by: Fixture.admin, expected: edited, now: Fixture.now)
        #expect(done.status == .done)
    }

    @Test func aSessionCannotBeDoneBeforeItStarts() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let added = try store.addSession(Self.session("Klinik", agencies: [fixture.dinkes]), by: Fixture.admin)
        #expect(throws: StoreError.validation(ValidationError(field: "startsAt", reason: .notYet))) {
            try store.markSessionDone(
                id: added.id, attended: [fixture.dinkes.id], followUp: "", by: Fixture.admin,
                now: added.startsAt - 60)
        }
        #expect(try store.session(id: added.id) == added)
        let done = try store.markSessionDone(
            id: added.id, attended: [fixture.dinkes.id], followUp: "", by: Fixture.admin, now: added.startsAt)
        #expect(done.status == .done)
    }

    @Test func refusalsNameTheFieldAndChangeNothing() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let added = try store.addSession(Self.session("Klinik", agencies: [fixture.dinkes]), by: Fixture.admin)
        var online = Self.session("Daring", agencies: [fixture.dinkes])
        online.mode = .online
        #expect(throws: StoreError.validation(ValidationError(field: "meetingLink", reason: .missing))) {
            try store.addSession(online, by: Fixture.admin)
        }
        #expect(throws: StoreError.validation(ValidationError(field: "id", reason: .unknownReference))) {
            try store.cancelSession(id: 999, reason: "", by: Fixture.admin)
        }
        var unknown = added
        unknown.agencyIDs = [404]
        #expect(throws: StoreError.validation(ValidationError(field: "agencyIDs", reason: .unknownReference))) {
            try store.editSession(unknown, by: Fixture.admin)
        }
        #expect(throws: StoreError.self) {
            try store.editSession(added, by: Fixture.viewer)
        }
        try store.remove(.agency, id: fixture.disdik.id, note: "uji", by: Fixture.admin, now: Fixture.now)
        var removed = added
        removed.agencyIDs = [fixture.disdik.id]
        #expect(throws: StoreError.removed(entity: "agency", id: fixture.disdik.id)) {
            try store.editSession(removed, by: Fixture.admin)
        }
        #expect(try store.session(id: added.id) == added)
        #expect(try store.auditLog(entity: "mentoring_session", id: added.id).count == 1)
    }
}

extension MentoringSession {
    /// The same session serving `agencies`.
    func with(agencies: [Int64]) -> MentoringSession {
        var copy = self
        copy.agencyIDs = agencies
        return copy
    }
}

/// The OPDs mentoring must reach: no main innovation and no session (other than a cancelled one)
/// in the window.
@Suite("Store: OPDs without a session")
struct StoreSessionCoverageTests {
    @Test func anOPDWithAMainInnovationOrASessionIsCovered() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let window = (Fixture.now, Fixture.now.addingTimeInterval(30 * Fixture.day))
        let before = try store.uncoveredAgencies(from: window.0, to: window.1).map(\.id)
        #expect(before.contains(fixture.dinkes.id) && before.contains(fixture.disdik.id))
        _ = try store.addInnovation(
            Fixture.innovation("I-HATI", agency: fixture.dinkes, stage: .trial, isMain: true), by: Fixture.admin)
        let session = try store.addSession(
            StoreSessionWriteTests.session("Klinik", agencies: [fixture.disdik, fixture.setda]), by: Fixture.admin)
        let after = try store.uncoveredAgencies(from: window.0, to: window.1).map(\.id)
        #expect(!after.contains(fixture.dinkes.id) && !after.contains(fixture.disdik.id))
        #expect(!after.contains(fixture.setda.id))
        _ = try store.cancelSession(id: session.id, reason: "", by: Fixture.admin, now: Fixture.now)
        let cancelled = try store.uncoveredAgencies(from: window.0, to: window.1).map(\.id)
        #expect(cancelled.contains(fixture.disdik.id) && !cancelled.contains(fixture.dinkes.id))
    }
}
