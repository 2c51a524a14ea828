import ArgumentParser
import Foundation
import InovasiCore

/// The benchmark itself: prepares the stores, measures each scale, prints the report.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Mengukur setiap skala dan mencetak laporannya / Measures each scale and prints the report.")

    @Option(help: "Jumlah usulan per skala / proposals per scale, e.g. 1000,10000,100000.")
    var scales = "1000,10000,100000"

    @Option(help: "table | markdown | json")
    var format = BenchFormat.table.rawValue

    @Flag(help: "Uji asap: skala 1 000, satu ulangan / smoke run: the 1 000 scale, one repetition.")
    var quick = false

    @Option(help: "Ulangan per ukuran / repetitions per figure.")
    var repetitions = 50

    @Option(help: "Benih data demo / seed of the demo data.")
    var seed: UInt64 = 2022

    @Option(help: "Folder cache penyimpanan / folder of the cached stores (default $TMPDIR/inovasi-bench).")
    var cache: String?

    @Flag(help: "Buat ulang penyimpanan walau ada di cache / make the stores anew even when cached.")
    var fresh = false

    @Option(help: "id | en")
    var lang = Language.id.rawValue

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
            fresh: fresh)
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
