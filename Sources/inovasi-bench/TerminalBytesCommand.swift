import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// `inovasi-bench terminal-bytes`: only the pseudo-terminal byte counts, on one store, as JSON.
///
/// For the test that holds the byte budgets (issue 14) on the city demo without running the whole
/// benchmark; bytes, unlike times, are the same on every run. Not for people; hidden from help.
struct TerminalBytesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "terminal-bytes", shouldDisplay: false)

    /// The store to measure; when it does not exist, the city demo is made there first.
    @Option var data: String
    @Option var lang: String = Language.id.rawValue
    /// Adds each figure's bytes by kind (colour sequences, addressing, erasing, text, glyphs).
    @Flag var kinds = false
    /// A folder for each figure's raw bytes (`<figure>.bytes`), to see what the terminal was sent.
    @Option var dump: String?

    func run() throws {
        let settings = BenchSettings(
            scales: [], repetitions: 1, seed: 2022, cacheFolder: StoreCache.defaultFolder(),
            language: Language(rawValue: lang) ?? .id)
        if !FileManager.default.fileExists(atPath: data) { try makeCityDemo(now: settings.now) }
        var bench = TerminalBench(
            executable: try BenchRunner.ownExecutable(), storePath: data, now: settings.now, languageCode: lang)
        bench.breakdown = kinds
        bench.dumpFolder = dump.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let result = try bench.run()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(result), as: UTF8.self))
    }

    /// The city demo (`inovasi demo`'s default scale) around the benchmark's fixed moment.
    func makeCityDemo(now: Date) throws {
        let user = Store.currentUserName()
        let demo = DemoGenerator.make(scale: .city, seed: 2022, now: now, proposalCount: nil)
        let store = try Store.create(at: data, creator: user, now: now)
        try store.importDemo(demo, by: user, now: now)
    }
}
