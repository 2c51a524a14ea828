import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

/// Times review triage through the dashboard, as a reviewer does it from the keyboard: marking 100
/// proposals with `v`, assigning the 100 marked ones to a reviewer in one transaction (the picker's
/// `Enter`), and a decision committed from the queue (its last `Enter`). The assignments come first:
/// they need 100 waiting proposals, and they leave more in review for the decisions.
struct TriageBench {
    let factory: DashboardFactory
    let repetitions: Int

    /// Reviewers without an OPD, so no proposal is refused as their own; first in the picker by name.
    static let reviewers = ["a.bench", "a.bench2"]
    /// How many proposals the bulk assignment marks.
    static let bulkCount = 100

    func run(store: Store) throws -> [(Metric, Samples)] {
        for name in Self.reviewers where try store.user(named: name) == nil {
            try store.addUser(User(name: name, role: .reviewer, displayName: "Penilai Uji Kinerja"), by: factory.user)
        }
        let bulk = try bulkAssignments(store: store)
        return [(.queueDecision, try decisions(store: store))] + bulk
    }

    /// Approves the oldest proposals in review from the queue: `d`, `Enter` untimed, the confirming
    /// `Enter` timed (the transaction, the reload and the frame).
    func decisions(store: Store) throws -> Samples {
        let (runtime, terminal) = try started(store: store)
        for key: Key in [.character("f"), .right, .right, .enter] { runtime.handle(.key(key)) }
        var samples = Samples()
        for _ in 0..<min(repetitions, runtime.state.queue.total) {
            runtime.handle(.key(.character("d")))
            runtime.handle(.key(.enter))
            samples.add(Stopwatch.milliseconds { runtime.handle(.key(.enter)) })
            try Self.requireSaved(runtime, terminal: terminal, metric: .queueDecision)
        }
        guard samples.count > 0 else { throw BenchFailure.notEnoughProposals(needed: 1, found: 0) }
        return samples
    }

    /// Marks the first 100 waiting proposals with `Space` … `v` (timed) and assigns them with the
    /// picker's `Enter` (timed), alternating the two reviewers so every round changes hands.
    func bulkAssignments(store: Store) throws -> [(Metric, Samples)] {
        let (runtime, terminal) = try started(store: store)
        guard runtime.state.queue.total >= Self.bulkCount else {
            throw BenchFailure.notEnoughProposals(needed: Self.bulkCount, found: runtime.state.queue.total)
        }
        var marking = Samples()
        var assigning = Samples()
        for round in 0..<max(1, repetitions / 10) {
            runtime.handle(.key(.home))
            runtime.handle(.key(.character(" ")))
            for _ in 0..<(Self.bulkCount - 2) { runtime.handle(.key(.down)) }
            marking.add(Stopwatch.milliseconds { runtime.handle(.key(.character("v"))) })
            guard runtime.state.queue.marks.count == Self.bulkCount else {
                throw BenchFailure.keyHadNoEffect(Metric.markHundred.rawValue)
            }
            runtime.handle(.key(.character("a")))
            if round % 2 == 1 { runtime.handle(.key(.down)) }
            assigning.add(Stopwatch.milliseconds { runtime.handle(.key(.enter)) })
            try Self.requireSaved(runtime, terminal: terminal, metric: .assignHundred)
        }
        return [(.markHundred, marking), (.assignHundred, assigning)]
    }

    func started(store: Store) throws -> (DashboardRuntime<MemoryTerminal>, MemoryTerminal) {
        let terminal = MemoryTerminal(size: DashboardFactory.size, colorDepth: .palette256)
        let runtime = try factory.runtime(backend: terminal, store: store)
        runtime.start()
        runtime.handle(.key(.character("3")))
        try MemoryBench.check(runtime, terminal: terminal, step: "triage")
        return (runtime, terminal)
    }

    /// Refuses a change the store did not save: a benchmark of a refusal would be a lie.
    static func requireSaved(_ runtime: DashboardRuntime<MemoryTerminal>, terminal: MemoryTerminal, metric: Metric)
        throws
    {
        try MemoryBench.check(runtime, terminal: terminal, step: metric.rawValue)
        if let flash = runtime.state.flash, flash.isError {
            throw BenchFailure.loadFailed(metric.rawValue, flash.text(.en))
        }
    }
}
