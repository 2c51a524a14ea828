import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: queue filters, sorts and scores")
struct StoreQueueSortTests {
    let now = Fixture.now
    static let dodi = "dodi"
    /// Renewal counts three times, replicability not at all.
    static let rules = ScoringRules(
        weights: [.renewal: 3, .benefit: 1, .noUndueBurden: 1, .withinAuthority: 1, .replicable: 0], threshold: 3.5)

    /// Five waiting proposals of mixed bentuk, jenis and OPD; rina holds two, dodi one; three scored.
    func makeQueue() throws -> (Fixture, [String: Proposal]) {
        let fixture = try Fixture()
        try fixture.store.addUser(User(name: Self.dodi, role: .reviewer), by: Fixture.admin)
        let rows: [(String, Agency, Double, InnovationForm, InnovationKind)] = [
            ("Bank sampah", fixture.setda, 12, .otherAffairs, .nonDigital),
            ("arsip digital", fixture.setda, 10, .governance, .digital),
            ("Zona sekolah", fixture.disdik, 8, .publicService, .digital),
            ("Cek kesehatan", fixture.dinkes, 6, .publicService, .nonDigital),
            ("Musrenbang daring", fixture.bulakan, 4, .governance, .digital),
        ]
        var made: [String: Proposal] = [:]
        for (title, agency, days, form, kind) in rows {
            var proposal = Fixture.proposal(title, agency: agency, daysAgo: days, form: form)
            proposal.kind = kind
            made[title] = try fixture.store.addProposal(proposal, by: Fixture.admin)
        }
        func take(_ title: String, by user: String, scores: [[ReviewCriterion: Int]]) throws {
            let id = try #require(made[title]).id
            _ = try fixture.store.apply(.take, to: id, expectedVersion: 1, note: "", by: user)
            for (index, values) in scores.enumerated() {
                let reviewer = [user, Fixture.admin][index]
                let score = ReviewScore(proposalID: id, reviewer: reviewer, values: values, scoredAt: now)
                try fixture.store.saveScore(score, by: reviewer)
            }
        }
        try take("Zona sekolah", by: Fixture.reviewer, scores: [Self.values(5, 1), Self.values(3, 3)])
        try take("Bank sampah", by: Fixture.reviewer, scores: [Self.values(2, 5)])
        try take("Cek kesehatan", by: Self.dodi, scores: [Self.values(4, 4)])
        return (fixture, made)
    }

    /// `renewal` for renewal, `rest` for every other criterion.
    static func values(_ renewal: Int, _ rest: Int) -> [ReviewCriterion: Int] {
        Dictionary(uniqueKeysWithValues: ReviewCriterion.allCases.map { ($0, $0 == .renewal ? renewal : rest) })
    }

    func titles(_ store: Store, _ filter: Store.QueueFilter, offset: Int = 0, limit: Int = 100) throws -> [String] {
        try store.queue(filter, now: now, overdueDays: 14, scoring: Self.rules, offset: offset, limit: limit)
            .map(\.title)
    }

    @Test func bentukJenisAndAssigneeFiltersCombineAndTheCountFollows() throws {
        let (fixture, _) = try makeQueue()
        let store = fixture.store
        let cases: [(Store.QueueFilter, [String])] = [
            (Store.QueueFilter(forms: [.governance]), ["arsip digital", "Musrenbang daring"]),
            (Store.QueueFilter(kinds: [.nonDigital]), ["Bank sampah", "Cek kesehatan"]),
            (Store.QueueFilter(forms: [.publicService], kinds: [.digital]), ["Zona sekolah"]),
            (Store.QueueFilter(assignee: .unassigned), ["arsip digital", "Musrenbang daring"]),
            (Store.QueueFilter(assignee: .user(Fixture.reviewer)), ["Bank sampah", "Zona sekolah"]),
            (Store.QueueFilter(kinds: [.nonDigital], assignee: .user(Fixture.reviewer)), ["Bank sampah"]),
            (
                Store.QueueFilter(statuses: [.submitted], forms: [.governance, .otherAffairs]),
                [
                    "arsip digital", "Musrenbang daring",
                ]
            ),
            (Store.QueueFilter(agencyID: fixture.setda.id, assignee: .unassigned), ["arsip digital"]),
            (Store.QueueFilter(text: "daring", assignee: .user(Self.dodi)), []),
            (Store.QueueFilter(text: "KEL-BUL"), ["Musrenbang daring"]),
        ]
        for (filter, expected) in cases {
            #expect(try titles(store, filter) == expected, "\(filter)")
            #expect(try store.queueCount(filter, now: now, overdueDays: 14, scoring: Self.rules) == expected.count)
        }
    }

    @Test func theScoreIsTheMeanOfEachReviewersWeightedScore() throws {
        let (fixture, _) = try makeQueue()
        let rows = try fixture.store.queue(Store.QueueFilter(), now: now, overdueDays: 14, scoring: Self.rules)
        let school = try #require(rows.first { $0.title == "Zona sekolah" })
        let expected = try [Self.values(5, 1), Self.values(3, 3)].map { try #require(Self.rules.weightedScore($0)) }
        #expect(school.scoreCount == 2)
        #expect(abs(try #require(school.score) - (expected[0] + expected[1]) / 2) < 1e-9)
        #expect(abs(try #require(school.score) - 3.0) < 1e-9)
        let unscored = try #require(rows.first { $0.title == "arsip digital" })
        #expect(unscored.score == nil)
        #expect(unscored.scoreCount == 0)
        let equal = try fixture.store.queue(Store.QueueFilter(), now: now, overdueDays: 14)
        #expect(abs(try #require(equal.first { $0.title == "Zona sekolah" }?.score) - 2.4) < 1e-9)
        #expect(abs(try #require(equal.first { $0.title == "Bank sampah" }?.score) - 4.4) < 1e-9)
        let byEqualScore = try fixture.store.queue(Store.QueueFilter(sort: .score), now: now, overdueDays: 14)
        #expect(byEqualScore.prefix(3).map(\.title) == ["Bank sampah", "Cek kesehatan", "Zona sekolah"])
    }

    @Test func eachSortHasItsNaturalOrderAndDescendingReversesIt() throws {
        let (fixture, _) = try makeQueue()
        let store = fixture.store
        let oldest = ["Bank sampah", "arsip digital", "Zona sekolah", "Cek kesehatan", "Musrenbang daring"]
        #expect(try titles(store, Store.QueueFilter()) == oldest)
        #expect(try titles(store, Store.QueueFilter(descending: true)) == oldest.reversed())
        // Weighted: Cek 4.0, Bank (3·2+5+5+5)/6 = 3.5, Zona 3.0; unscored last, oldest first.
        let best = ["Cek kesehatan", "Bank sampah", "Zona sekolah", "arsip digital", "Musrenbang daring"]
        #expect(try titles(store, Store.QueueFilter(sort: .score)) == best)
        #expect(
            try titles(store, Store.QueueFilter(sort: .score, descending: true)) == [
                "Zona sekolah", "Bank sampah", "Cek kesehatan", "arsip digital", "Musrenbang daring",
            ])
        #expect(
            try titles(store, Store.QueueFilter(sort: .title)) == [
                "arsip digital", "Bank sampah", "Cek kesehatan", "Musrenbang daring", "Zona sekolah",
            ])
        // DINKES, DISDIKBUD, KEL-BULAKAN, SETDA (twice, oldest first).
        #expect(
            try titles(store, Store.QueueFilter(sort: .agency)) == [
                "Cek kesehatan", "Zona sekolah", "Musrenbang daring", "Bank sampah", "arsip digital",
            ])
        #expect(
            try titles(store, Store.QueueFilter(sort: .agency, descending: true)) == [
                "Bank sampah", "arsip digital", "Musrenbang daring", "Zona sekolah", "Cek kesehatan",
            ])
    }

    @Test(arguments: Store.QueueSort.allCases)
    func pagesOfEverySortAreSlicesOfOneOrder(sort: Store.QueueSort) throws {
        let (fixture, _) = try makeQueue()
        let filter = Store.QueueFilter(statuses: Set(ProposalStatus.allCases), sort: sort)
        let all = try titles(fixture.store, filter)
        #expect(all.count == 5)
        let pages = try [0, 2, 4].flatMap { try titles(fixture.store, filter, offset: $0, limit: 2) }
        #expect(pages == all)
    }
}
