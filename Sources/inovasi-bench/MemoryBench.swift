import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

/// Times the dashboard in memory: store open, the first full frame, and each key press to its
/// frame, through the real runtime and store adapter into ``MemoryTerminal``.
struct MemoryBench {
    let factory: DashboardFactory
    let repetitions: Int

    /// Opens the store and draws the first frame `repetitions` times; the first-frame figure
    /// includes the open, as a person starting the program waits for both.
    func launch(path: String) throws -> (open: Samples, frame: Samples) {
        var open = Samples()
        var frame = Samples()
        for _ in 0..<repetitions {
            let start = DispatchTime.now().uptimeNanoseconds
            let store = try Store.open(at: path, mode: .readWrite)
            let opened = DispatchTime.now().uptimeNanoseconds
            let terminal = MemoryTerminal(size: DashboardFactory.size, colorDepth: .palette256)
            let runtime = try factory.runtime(backend: terminal, store: store)
            runtime.start()
            let drawn = DispatchTime.now().uptimeNanoseconds
            try Self.check(runtime, terminal: terminal, step: "start")
            guard runtime.state.queue.total > 0, !runtime.state.progress.rows.isEmpty else {
                throw BenchFailure.emptyDashboard(path)
            }
            open.add(Double(opened - start) / 1_000_000)
            frame.add(Double(drawn - start) / 1_000_000)
        }
        return (open, frame)
    }

    /// Runs every key scenario (or the given ones) on one started dashboard over `store`.
    func keys(store: Store, scenarios: [KeyScenario] = KeyScenario.all) throws -> [(Metric, Samples)] {
        let terminal = MemoryTerminal(size: DashboardFactory.size, colorDepth: .palette256)
        let runtime = try factory.runtime(backend: terminal, store: store)
        runtime.start()
        try Self.check(runtime, terminal: terminal, step: "start")
        return try scenarios.map { scenario in
            (scenario.metric, try run(scenario, on: runtime, terminal: terminal))
        }
    }

    /// The samples of one scenario. A timed key that leaves the state as it was, or a read that
    /// failed, stops the run: a benchmark of a key that did nothing would be a lie.
    func run(_ scenario: KeyScenario, on runtime: DashboardRuntime<MemoryTerminal>, terminal: MemoryTerminal)
        throws -> Samples
    {
        for key in scenario.setup { runtime.handle(.key(key)) }
        var samples = Samples()
        for _ in 0..<(repetitions * scenario.weight) {
            if scenario.atEnd(runtime.state) { runtime.handle(.key(.home)) }
            for key in scenario.prepare { runtime.handle(.key(key)) }
            for key in scenario.timed {
                let before = runtime.state
                let frames = terminal.frameCount
                samples.add(Stopwatch.milliseconds { runtime.handle(.key(key)) })
                guard runtime.state != before, terminal.frameCount == frames + 1 else {
                    throw BenchFailure.keyHadNoEffect(scenario.metric.rawValue)
                }
                try Self.check(runtime, terminal: terminal, step: scenario.metric.rawValue)
            }
            for key in scenario.restore { runtime.handle(.key(key)) }
        }
        return samples
    }

    /// Refuses a dashboard whose last read failed.
    static func check(_ runtime: DashboardRuntime<MemoryTerminal>, terminal: MemoryTerminal, step: String) throws {
        if let problem = runtime.state.loadProblem { throw BenchFailure.loadFailed(step, problem.text(.en)) }
        guard terminal.lastCanvas != nil else { throw BenchFailure.loadFailed(step, "no frame") }
    }
}
