import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// `inovasi-bench make-store`: only prepares the cached national store of each scale, as a run would,
/// and prints where it is.
///
/// Making the store of a million proposals takes minutes; this lets it be made (and its time and
/// peak memory read with `/usr/bin/time -v`) apart from the measuring. Hidden from help.
struct MakeStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "make-store", shouldDisplay: false)

    @Option var scales = "1000000"
    @Option var seed: UInt64 = 2022
    @Option var cache: String?
    @Flag var fresh = false
    @Option var lang = Language.id.rawValue

    func run() throws {
        let language = Language(rawValue: lang) ?? .id
        let settings = BenchSettings(
            scales: [], repetitions: 1, seed: seed,
            cacheFolder: cache.map { URL(fileURLWithPath: $0) } ?? StoreCache.defaultFolder(), language: language)
        var cached = StoreCache(
            folder: settings.cacheFolder, seed: seed, now: settings.now, user: Store.currentUserName())
        cached.fresh = fresh
        for part in scales.split(separator: ",") {
            let text = part.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
            guard let count = Int(text), count > 0 else {
                throw ValidationError(BenchFailure.badScale(String(part)).message(language))
            }
            BenchRunner.log(BenchText.preparing(count).text(language))
            BenchRunner.log(BenchText.prepared(try cached.store(count: count), language))
        }
    }
}
