import ArgumentParser
import Foundation
import InovasiCore

/// The benchmark itself: prepares the stores, measures each scale, prints the report.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: BenchText.bilingual(BenchText.runAbstract))

    @Option(help: ArgumentHelp(BenchText.bilingual(BenchText.scalesHelp)))
    var scales = "1000,10000,100000"

    @Option(help: "table | markdown | json")
    var format = BenchFormat.table.rawValue

    @Flag(help: ArgumentHelp(BenchText.bilingual(BenchText.quickHelp)))
    var quick = false

    @Option(help: ArgumentHelp(BenchText.bilingual(BenchText.repetitionsHelp)))
    var repetitions = 50

    @Option(help: ArgumentHelp(BenchText.bilingual(BenchText.seedHelp)))
    var seed: UInt64 = 2022

    @Option(help: ArgumentHelp(BenchText.bilingual(BenchText.cacheHelp)))
    var cache: String?

    @Flag(help: ArgumentHelp(BenchText.bilingual(BenchText.freshHelp)))
    var fresh = false

    @Option(help: "id | en")
    var lang = Language.id.rawValue

    @Flag(help: ArgumentHelp(BenchText.bilingual(BenchText.dataOnlyHelp)))
    var dataOnly = false

    @Flag(help: ArgumentHelp(BenchText.bilingual(BenchText.iidOnlyHelp)))
    var iidOnly = false

    @Flag(help: ArgumentHelp(BenchText.bilingual(BenchText.skipDataHelp)))
    var skipData = false

    func validate() throws {
        guard BenchFormat(rawValue: format) != nil else { throw ValidationError("--format: table | markdown | json") }
        guard Language(rawValue: lang) != nil else { throw ValidationError("--lang: id | en") }
        guard repetitions > 0 else { throw ValidationError("--repetitions > 0") }
        if !quick { _ = try parsedScales() }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .id
        let settings = BenchSettings(
            scales: quick ? [1_000] : try parsedScales(), repetitions: quick ? 1 : repetitions, seed: seed,
            cacheFolder: cache.map { URL(fileURLWithPath: $0) } ?? StoreCache.defaultFolder(), language: language,
            fresh: fresh, dataOnly: dataOnly, iidOnly: iidOnly, skipData: skipData, kioskSeconds: quick ? 10 : 60)
        do {
            let report = try BenchRunner(settings: settings).run()
            let format = BenchFormat(rawValue: format) ?? .table
            FileHandle.standardOutput.write(Data(try report.text(format, language: language).utf8))
        } catch let failure as BenchFailure {
            FileHandle.standardError.write(Data((failure.message(language) + "\n").utf8))
            throw ExitCode(2)
        }
    }

    /// The `--scales` list as proposal counts.
    func parsedScales() throws -> [Int] {
        try scales.split(separator: ",").map { part in
            let text = part.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
            guard let value = Int(text), value > 0 else {
                throw ValidationError(BenchFailure.badScale(String(part)).message(Language(rawValue: lang) ?? .id))
            }
            return value
        }
    }
}
