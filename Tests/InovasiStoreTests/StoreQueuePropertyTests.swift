import Foundation
import InovasiApp
import InovasiCore
import InovasiStore
import InovasiTUI
import Testing

/// The queue's count and its rows come from one predicate, and both agree with the domain's rules.
///
/// Runs on the city demo (seed 2022, 120 proposals, 79 OPDs) imported as `inovasi demo` imports it,
/// statistics included, so SQLite plans as it does for a real store; every query goes through
/// `StoreDashboardSource`, as the dashboard's do. What it covers:
/// - every combination of the filter form's finite filters (8 status sets × 4 bentuk × 3 jenis ×
///   3 assignees × overdue yes/no: 576) over all OPDs together, the 8 orders (4 sorts × 2
///   directions) taking turns among them;
/// - for each of the 79 OPDs: every status set × overdue (16), with assignee, bentuk, jenis, sort
///   and direction rotating from an offset per OPD, so each OPD meets every choice of every field;
/// - a seeded sample of words from the titles and OPD names (plus the freeze's `damkar`, LIKE's
///   wildcards and a word that matches nothing), each with every status set × overdue.
/// About 2 000 queries; the full product over OPDs (some 360 000) would take minutes.
///
/// For each query: the count equals the number of rows listed without a limit, no row is listed
/// twice, and the ids listed are exactly those the domain's rules pick (``QueueTruth``, with
/// `Proposal.isOverdue` for overdue), so a planner fault that made count and rows wrong alike is
/// caught too.
@Suite("Store: queue count and rows from one predicate")
struct StoreQueuePropertyTests {
    static let now = Fixture.now
    static let overdueDays = Settings.standard.overdueDays
    static let statusChoices = FilterForm.statusChoices
    static let formChoices: [Set<InnovationForm>] = [[]] + InnovationForm.allCases.map { [$0] }
    static let kindChoices: [Set<InnovationKind>] = [[]] + InnovationKind.allCases.map { [$0] }
    static let assignees = QueueQuery.Assignee.allCases
    static let sorts = QueueQuery.Sort.allCases

    /// The city demo as `inovasi demo` leaves it.
    static func cityStore(_ folder: TestFolder) throws -> Store {
        let path = folder.path("city.sqlite")
        let data = DemoGenerator.make(scale: .city, seed: 2022, now: now)
        try Store.create(at: path, creator: "admin", now: now).importDemo(data, by: "admin", now: now)
        return try Store.open(at: path)
    }

    /// The reviewer holding the most proposals, so "mine" lists some.
    static func busiestReviewer(_ truth: QueueTruth) -> String {
        let counts = Dictionary(truth.assignees.values.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "admin"
    }

    /// What is wrong with `query`'s count and rows, or nil when they agree with each other and the rules.
    static func problem(_ query: QueueQuery, _ source: StoreDashboardSource, _ truth: QueueTruth) throws -> String? {
        let count = try source.queueCount(query, now: now, overdueDays: overdueDays)
        let rows = try source.queueRows(query, now: now, overdueDays: overdueDays, offset: 0, limit: 1_000_000)
        let listed = rows.map(\.id)
        let expected = truth.ids(query)
        guard count != listed.count || Set(listed).count != listed.count || Set(listed) != expected else { return nil }
        return "\(describe(query)): count \(count), rows \(listed.sorted()), by the rules \(expected.sorted())"
    }

    /// A query in one short line, for a failure message.
    static func describe(_ query: QueueQuery) -> String {
        let statuses = query.statuses.map(\.rawValue).sorted().joined(separator: ",")
        let forms = query.forms.map(\.rawValue).sorted().joined(separator: ",")
        let kinds = query.kinds.map(\.rawValue).sorted().joined(separator: ",")
        return "[status \(statuses); OPD '\(query.agencyCode)'; text '\(query.text)'; bentuk \(forms); jenis \(kinds); "
            + "\(query.assignee); overdue \(query.overdueOnly); \(query.sort) desc \(query.descending)]"
    }

    /// Every combination of the form's finite filters, the orders taking turns.
    static func everyCombination() -> [QueueQuery] {
        var queries: [QueueQuery] = []
        for statuses in statusChoices {
            for forms in formChoices {
                for kinds in kindChoices {
                    for assignee in assignees {
                        for overdue in [false, true] {
                            let turn = queries.count
                            queries.append(
                                QueueQuery(
                                    statuses: statuses, forms: forms, kinds: kinds, assignee: assignee,
                                    overdueOnly: overdue, sort: sorts[turn % sorts.count],
                                    descending: (turn / sorts.count) % 2 == 1))
                        }
                    }
                }
            }
        }
        return queries
    }

    /// Every status set × overdue, the other fields rotating from `offset`: any 16 turns in a row
    /// meet every assignee, bentuk, jenis, sort and direction.
    static func rotated(agencyCode: String, text: String, offset: Int) -> [QueueQuery] {
        var queries: [QueueQuery] = []
        for statuses in statusChoices {
            for overdue in [false, true] {
                let turn = offset + queries.count
                queries.append(
                    QueueQuery(
                        statuses: statuses, text: text, agencyCode: agencyCode,
                        forms: formChoices[turn % formChoices.count],
                        kinds: kindChoices[(turn / 2) % kindChoices.count], assignee: assignees[turn % assignees.count],
                        overdueOnly: overdue, sort: sorts[(turn / 3) % sorts.count], descending: (turn / 4) % 2 == 1))
            }
        }
        return queries
    }

    /// A seeded sample of words of the titles and OPD names, with the freeze's word, LIKE's
    /// wildcards and a word nothing contains.
    static func sampleWords(_ truth: QueueTruth, seed: UInt64, count: Int) -> [String] {
        let texts = truth.proposals.map(\.title) + truth.agencies.values.map(\.name)
        let words = Array(Set(texts.flatMap { $0.split(separator: " ").map(String.init) }.filter { $0.count >= 4 }))
            .sorted()
        var state = seed
        var sample = ["damkar", "%", "_", "zzqx"]
        for _ in 0..<count where !words.isEmpty {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            sample.append(words[Int((state >> 33) % UInt64(words.count))])
        }
        return sample
    }

    @Test("count equals the rows listed, and both follow the rules, for every filter choice and OPD")
    func countEqualsRowsForEveryFilter() throws {
        let folder = try TestFolder()
        let store = try Self.cityStore(folder)
        let anyone = try QueueTruth(store, now: Self.now, overdueDays: Self.overdueDays, me: "")
        let me = Self.busiestReviewer(anyone)
        let truth = try QueueTruth(store, now: Self.now, overdueDays: Self.overdueDays, me: me)
        let source = StoreDashboardSource(store: store, actor: me)
        let agencies = truth.agencies.values.sorted { $0.id < $1.id }
        #expect(agencies.count == 79)
        var queries = Self.everyCombination()
        for (index, agency) in agencies.enumerated() {
            queries += Self.rotated(agencyCode: agency.code, text: "", offset: index)
        }
        for (index, word) in Self.sampleWords(truth, seed: 2022, count: 10).enumerated() {
            queries += Self.rotated(agencyCode: "", text: word, offset: index)
        }
        var problems: [String] = []
        for query in queries {
            if let problem = try Self.problem(query, source, truth) { problems.append(problem) }
        }
        let examples = problems.prefix(3).joined(separator: "\n")
        #expect(problems.count == 0, "\(problems.count) of \(queries.count) queries disagree, e.g.\n\(examples)")
    }
}
