import Foundation
import InovasiCore
import InovasiStore
import Testing

/// The audit view's reads: a window of the trail, newest first, and the count of all matching
/// entries, narrowed by kind, record, user and text; a resumed innovation audited.
@Suite("Store: audit pages")
struct StoreAuditPageTests {
    @Test func pagesAreWindowsNewestFirstWithTheirCount() throws {
        let fixture = try Fixture()
        var ids: [Int64] = []
        for index in 1...7 {
            let innovation = Fixture.innovation("Inovasi \(index)", agency: fixture.dinkes, stage: .initiative)
            ids.append(try fixture.store.addInnovation(innovation, by: Fixture.admin, now: Fixture.now).id)
        }
        let filter = AuditFilter(entity: "innovation")
        #expect(try fixture.store.auditCount(matching: filter) == 7)
        let first = try fixture.store.auditPage(matching: filter, offset: 0, limit: 3)
        #expect(first.map(\.entityID) == ids.reversed().prefix(3).map { $0 })
        let last = try fixture.store.auditPage(matching: filter, offset: 6, limit: 3)
        #expect(last.map(\.entityID) == [ids[0]])
        let all = try fixture.store.auditCount(matching: AuditFilter())
        #expect(all > 7)
        #expect(try fixture.store.auditPage(matching: AuditFilter(), offset: all, limit: 3).isEmpty)
    }

    @Test func textMatchesNoteActionUserAndStatesIgnoringCase() throws {
        let fixture = try Fixture()
        let innovation = try fixture.store.addInnovation(
            Fixture.innovation("Antar Obat", agency: fixture.dinkes, stage: .initiative), by: Fixture.admin,
            now: Fixture.now)
        try fixture.store.stopInnovation(innovation.id, reason: "Anggaran habis", on: Fixture.now, by: Fixture.admin)
        try fixture.store.resumeInnovation(innovation.id, note: "Dana 100% cair_baru", by: Fixture.admin)
        let byTitle = AuditFilter(entity: "innovation").containing("antar obat")
        #expect(try fixture.store.auditCount(matching: byTitle) == 3)
        let byNote = AuditFilter().containing("100% cair_")
        let noted = try fixture.store.auditPage(matching: byNote, offset: 0, limit: 10)
        #expect(noted.map(\.action) == ["innovation.resume"])
        #expect(noted.first?.before?.contains("Anggaran habis") == true)
        #expect(try fixture.store.auditCount(matching: AuditFilter().containing("100%x")) == 0)
        let byUser = AuditFilter(entityID: innovation.id, user: Fixture.admin)
        #expect(try fixture.store.auditCount(matching: byUser) >= 3)
        #expect(try fixture.store.innovation(id: innovation.id)?.profile.isActive == true)
    }

    @Test func resumingARunningInnovationOrAsAReviewerChangesNothing() throws {
        let fixture = try Fixture()
        let innovation = try fixture.store.addInnovation(
            Fixture.innovation("Antar Obat", agency: fixture.dinkes, stage: .initiative), by: Fixture.admin,
            now: Fixture.now)
        let refusal = StoreError.validation(ValidationError(field: "stoppedOn", reason: .invalid))
        #expect(throws: refusal) { try fixture.store.resumeInnovation(innovation.id, by: Fixture.admin) }
        try fixture.store.stopInnovation(innovation.id, reason: "x", on: Fixture.now, by: Fixture.admin)
        let before = try fixture.store.innovation(id: innovation.id)
        let trail = try fixture.store.auditLog(entity: "innovation", id: innovation.id)
        #expect(throws: StoreError.self) { try fixture.store.resumeInnovation(innovation.id, by: Fixture.reviewer) }
        #expect(try fixture.store.innovation(id: innovation.id) == before)
        #expect(try fixture.store.auditLog(entity: "innovation", id: innovation.id) == trail)
    }
}
