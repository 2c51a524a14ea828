import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: review queue")
struct StoreQueueTests {
    let now = Fixture.now

    /// Proposals whose titles test LIKE escaping, two submitted at the same moment.
    func makeQueue() throws -> (Fixture, [String: Proposal]) {
        let fixture = try Fixture()
        var made: [String: Proposal] = [:]
        for (title, agency, days) in [
            ("Diskon 50% retribusi", fixture.disdik, 10.0), ("Diskon 50 ribu", fixture.dinkes, 9),
            ("Kode a_b layanan", fixture.dinkes, 8), ("Kode axb layanan", fixture.dinkes, 8),
            ("Sekolah ramah anak", fixture.disdik, 20), ("Sudah disetujui", fixture.dinkes, 30),
        ] {
            made[title] = try fixture.addProposal(title, agency: agency, daysAgo: days)
        }
        let school = try #require(made["Sekolah ramah anak"])
        _ = try fixture.store.apply(.take, to: school.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        let done = try #require(made["Sudah disetujui"])
        _ = try fixture.store.apply(.take, to: done.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        _ = try fixture.store.apply(.approve, to: done.id, expectedVersion: 2, note: "", by: Fixture.reviewer)
        return (fixture, made)
    }

    func titles(_ store: Store, _ filter: Store.QueueFilter, overdueDays: Int = 14, offset: Int = 0, limit: Int = 100)
        throws -> [String]
    {
        try store.queue(filter, now: now, overdueDays: overdueDays, offset: offset, limit: limit).map(\.title)
    }

    @Test func theQueueShowsWaitingProposalsOldestFirstThenById() throws {
        let (fixture, made) = try makeQueue()
        let rows = try fixture.store.queue(Store.QueueFilter(), now: now, overdueDays: 14)
        #expect(
            rows.map(\.title) == [
                "Sekolah ramah anak", "Diskon 50% retribusi", "Diskon 50 ribu", "Kode a_b layanan", "Kode axb layanan",
            ])
        let first = try #require(rows.first)
        let school = try #require(made["Sekolah ramah anak"])
        #expect(first.id == school.id)
        #expect(first.status == .inReview)
        #expect(first.version == 2)
        #expect(first.assignee == Fixture.reviewer)
        #expect(first.agencyCode == "DISDIKBUD")
        #expect(first.agencyName == "Dinas Pendidikan dan Kebudayaan")
        #expect(first.submittedAt == school.submittedAt)
        #expect(first.isOverdue(now: now, overdueDays: 14))
        #expect(rows[3].id < rows[4].id)
        #expect(try fixture.store.queueCount(Store.QueueFilter(), now: now, overdueDays: 14) == 5)
    }

    @Test func pagesAreSlicesOfTheSameOrder() throws {
        let (fixture, _) = try makeQueue()
        let all = try titles(fixture.store, Store.QueueFilter())
        #expect(try titles(fixture.store, Store.QueueFilter(), offset: 1, limit: 2) == Array(all[1...2]))
        #expect(try titles(fixture.store, Store.QueueFilter(), offset: 4, limit: 10) == [all[4]])
        #expect(try titles(fixture.store, Store.QueueFilter(), offset: 10, limit: 10) == [])
    }

    @Test func textMatchesTitleOrAgencyAndTreatsWildcardsAsText() throws {
        let (fixture, _) = try makeQueue()
        let store = fixture.store
        #expect(try titles(store, Store.QueueFilter(text: "50%")) == ["Diskon 50% retribusi"])
        #expect(try titles(store, Store.QueueFilter(text: "a_b")) == ["Kode a_b layanan"])
        #expect(try titles(store, Store.QueueFilter(text: "DISKON")) == ["Diskon 50% retribusi", "Diskon 50 ribu"])
        #expect(
            try titles(store, Store.QueueFilter(text: "pendidikan")) == ["Sekolah ramah anak", "Diskon 50% retribusi"])
        #expect(try titles(store, Store.QueueFilter(text: "dinkes")).count == 3)
        #expect(try titles(store, Store.QueueFilter(text: "  ")).count == 5)
        #expect(try titles(store, Store.QueueFilter(text: "\\")) == [])
        #expect(try store.queueCount(Store.QueueFilter(text: "50%"), now: now, overdueDays: 14) == 1)
    }

    @Test func agencyStatusAndOverdueFiltersNarrowTheList() throws {
        let (fixture, _) = try makeQueue()
        let store = fixture.store
        #expect(
            try titles(store, Store.QueueFilter(agencyID: fixture.disdik.id)) == [
                "Sekolah ramah anak", "Diskon 50% retribusi",
            ])
        #expect(try titles(store, Store.QueueFilter(statuses: [.approved])) == ["Sudah disetujui"])
        #expect(try titles(store, Store.QueueFilter(statuses: [.inReview])) == ["Sekolah ramah anak"])
        #expect(try titles(store, Store.QueueFilter(statuses: [])) == [])
        #expect(try titles(store, Store.QueueFilter(overdueOnly: true)) == ["Sekolah ramah anak"])
        #expect(
            try titles(store, Store.QueueFilter(overdueOnly: true), overdueDays: 8) == [
                "Sekolah ramah anak", "Diskon 50% retribusi", "Diskon 50 ribu",
            ])
        let approvedOverdue = Store.QueueFilter(statuses: [.approved], overdueOnly: true)
        #expect(try titles(store, approvedOverdue) == [])
        #expect(try store.queueCount(Store.QueueFilter(overdueOnly: true), now: now, overdueDays: 8) == 3)
    }
}
