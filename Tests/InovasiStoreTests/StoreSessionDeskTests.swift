import Foundation
import InovasiApp
import InovasiCore
import InovasiStore
import InovasiTUI
import Testing

/// The calendar's session desk on a real store file: what the forms are built from, the four
/// writes as the actor, the uid kept and the sequence grown, and a change by another process
/// meanwhile refused with nothing written.
@Suite("Store: the calendar's session desk")
struct StoreSessionDeskTests {
    static func session(_ title: String, _ fixture: Fixture, institution: String = "LAN RI", hours: Double = 48)
        -> MentoringSession
    {
        var session = StoreSchemaV8Tests.session(title, agency: fixture.dinkes, hoursFromNow: hours)
        session.speakerInstitution = institution
        return session
    }

    @Test func addEditCancelAndCloseThroughTheDesk() throws {
        let fixture = try Fixture()
        let desk = StoreDashboardSource(store: fixture.store, actor: Fixture.admin)
        #expect(try desk.sessionAgencies().map(\.code).contains("DINKES"))
        let added = try desk.addSession(Self.session("Klinik", fixture, institution: "Universitas Sultan Ageng"))
        #expect(added.id > 0 && !added.uid.isEmpty && added.sequence == 0)
        _ = try desk.addSession(Self.session("Coaching", fixture, hours: 72))
        _ = try desk.addSession(Self.session("Sprint", fixture, hours: -24 * 40))
        #expect(try desk.speakerInstitutions() == ["LAN RI", "Universitas Sultan Ageng"], "most used first")
        #expect(try desk.session(added.id) == added)

        var moved = added
        moved.startsAt += 3_600
        moved.endsAt += 3_600
        let edited = try desk.editSession(moved, original: added)
        #expect(edited.uid == added.uid && edited.sequence == 1 && edited.startsAt == moved.startsAt)
        #expect(try desk.sessionsOverlapping(moved).map(\.id) == [added.id])

        let cancelled = try desk.cancelSession(edited, reason: "Narasumber sakit")
        #expect(cancelled.status == .cancelled && cancelled.notes.contains("Narasumber sakit"))
        let other = try #require(try fixture.store.sessions(agencyID: fixture.dinkes.id).first { $0.title == "Sprint" })
        let done = try desk.markSessionDone(other, attended: [fixture.dinkes.id], followUp: "Kirim draf")
        #expect(done.status == .done && done.attendedAgencyIDs == [fixture.dinkes.id] && done.followUp == "Kirim draf")
        let audit = try fixture.store.auditLog(entity: "mentoring_session", id: added.id)
        #expect(audit.map(\.action) == ["session.add", "session.edit", "session.cancel"])
        #expect(audit.allSatisfy { $0.user == Fixture.admin })
    }

    @Test func aSessionChangedMeanwhileIsRefusedAndKept() throws {
        let fixture = try Fixture()
        let zone = TimeZone(identifier: "Asia/Jakarta") ?? .gmt
        let desk = StoreDashboardSource(store: fixture.store, actor: Fixture.admin, zone: zone)
        let opened = try desk.addSession(Self.session("Klinik", fixture))
        var elsewhere = opened
        elsewhere.title = "Klinik (diubah di terminal lain)"
        let meanwhile = try fixture.store.editSession(elsewhere, by: Fixture.admin, now: Fixture.now)
        var mine = opened
        mine.location = "Ruang rapat"
        let refusal = SessionChanged(id: opened.id, by: (Fixture.admin, "10.00 WIB"))
        #expect(throws: refusal) { try desk.editSession(mine, original: opened) }
        #expect(throws: refusal) { try desk.cancelSession(opened, reason: "x") }
        #expect(try fixture.store.session(id: opened.id) == meanwhile, "nothing written")
        #expect(refusal.message(.en).contains("#\(opened.id) was changed by admin (10.00 WIB) since the form opened"))
        #expect(SessionChanged(id: 3).message(.en).contains("changed by someone else"))
    }

    @Test func onlyAnAdminMayWriteAndTheRefusalSaysWhy() throws {
        let fixture = try Fixture()
        let viewer = StoreDashboardSource(store: fixture.store, actor: Fixture.viewer)
        do {
            _ = try viewer.addSession(Self.session("Klinik", fixture))
            Issue.record("a viewer may not add a session")
        } catch let refusal as ReviewRefusal {
            #expect(refusal.message(.en).contains(Fixture.viewer), "\(refusal.message(.en))")
        }
        #expect(try fixture.store.sessions(agencyID: fixture.dinkes.id).isEmpty)
    }
}
