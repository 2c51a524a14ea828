import Foundation

/// Runs every scale in turn and gathers the report.
struct BenchRunner {
    let settings: BenchSettings

    func run() throws -> BenchReport {
        let scaleRun = ScaleRun(settings: settings, executable: try Self.ownExecutable(), log: Self.log)
        var stores: [PreparedStore] = []
        var figures: [Figure] = []
        for proposals in settings.scales {
            let (store, measured) = try scaleRun.run(proposals: proposals)
            stores.append(store)
            figures += measured
        }
        return BenchReport(
            machine: Machine.current(), repetitions: settings.repetitions, seed: settings.seed, stores: stores,
            figures: figures)
    }

    /// This program's own file, started again in `pty-child` mode for the terminal figures.
    static func ownExecutable() throws -> String {
        let path = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchFailure.terminal("/proc/self/exe")
        }
        return path
    }

    /// Progress goes to standard error, so standard output holds only the report.
    static func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
