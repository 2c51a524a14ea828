import Foundation
import InovasiCore
import InovasiStore

/// Times a review decision committed at the store level: a reviewer takes a submitted proposal
/// (untimed), then approves it with a note (timed): one transaction with the status change, the
/// audit row and the new innovation.
struct DecisionBench {
    let user: String
    let now: Date
    let repetitions: Int

    static let note = "Layak diterapkan; dampak pada layanan publik jelas dan mudah direplikasi."

    func run(store: Store) throws -> Samples {
        var filter = Store.QueueFilter()
        filter.statuses = [.submitted]
        let candidates = try store.queue(
            filter, now: now, overdueDays: Settings.standard.overdueDays, offset: 0, limit: repetitions)
        guard candidates.count == repetitions else {
            throw BenchFailure.notEnoughProposals(needed: repetitions, found: candidates.count)
        }
        var samples = Samples()
        for row in candidates {
            let taken = try store.apply(.take, to: row.id, expectedVersion: row.version, note: "", by: user, now: now)
            let (approved, milliseconds) = try Stopwatch.timed {
                try store.apply(
                    .approve, to: row.id, expectedVersion: taken.version, note: Self.note, by: user, now: now)
            }
            guard approved.status == .approved else { throw BenchFailure.keyHadNoEffect(Metric.decision.rawValue) }
            samples.add(milliseconds)
        }
        return samples
    }
}
