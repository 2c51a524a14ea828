import Foundation
import InovasiCore
import InovasiStore

/// The generated stores, kept between runs in a temporary folder: generating 100 000 proposals
/// takes far longer than measuring them.
///
/// A store is made through the same code as `inovasi demo --scale national` (``DemoGenerator`` then
/// ``Store/importDemo(_:by:now:)``), written under a temporary name and renamed into place, so an
/// interrupted run never leaves a half-made store behind to be reused.
struct StoreCache {
    let folder: URL
    let seed: UInt64
    /// The moment the data is generated around; fixed so every run measures the same data.
    let now: Date
    /// The Unix user running the benchmark: the store's admin, who also makes the decisions.
    let user: String

    /// Makes every store anew even when a valid one is cached (after the demo generator changed).
    var fresh = false

    /// The cached file for `count` proposals, named after the schema version that wrote it.
    func path(count: Int) -> URL {
        folder.appendingPathComponent("national-\(count)-seed\(seed)-v\(Store.schemaVersion).sqlite")
    }

    /// The store for `count` proposals: the cached one when it is valid, else a new one.
    func store(count: Int) throws -> PreparedStore {
        let url = path(count: count)
        if !fresh, isValid(url, count: count) {
            return PreparedStore(path: url, proposals: count, generationSeconds: nil)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        Self.remove(url)
        let partial = folder.appendingPathComponent("partial-\(getpid())-\(url.lastPathComponent)")
        Self.remove(partial)
        if !fresh, let migrated = try migratedOlder(count: count, into: partial) {
            try FileManager.default.moveItem(at: partial, to: url)
            return PreparedStore(path: url, proposals: count, generationSeconds: migrated)
        }
        let seconds = try Stopwatch.milliseconds { try generate(into: partial, count: count) } / 1_000
        try FileManager.default.moveItem(at: partial, to: url)
        return PreparedStore(path: url, proposals: count, generationSeconds: seconds)
    }

    /// A copy of the newest store cached by an older schema version, opened read-write so the
    /// store's own migrations bring it up to date: a million proposals take a quarter of an hour
    /// to generate and seconds to migrate. Returns the seconds spent, or nil when there is no
    /// older file or the migrated copy is not valid (then the store is generated).
    func migratedOlder(count: Int, into partial: URL) throws -> Double? {
        let older = (1..<Store.schemaVersion).reversed().map { version in
            folder.appendingPathComponent("national-\(count)-seed\(seed)-v\(version).sqlite")
        }
        guard let source = older.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else { return nil }
        let seconds =
            try Stopwatch.milliseconds {
                try FileManager.default.copyItem(at: source, to: partial)
                _ = try Store.open(at: partial.path, mode: .readWrite)
            } / 1_000
        guard isValid(partial, count: count) else {
            Self.remove(partial)
            return nil
        }
        return seconds
    }

    /// Generates the national demo with `count` proposals into a new store at `url`.
    func generate(into url: URL, count: Int) throws {
        let data = DemoGenerator.make(scale: .national, seed: seed, now: now, proposalCount: count)
        do {
            let store = try Store.create(at: url.path, creator: user, now: now)
            try store.importDemo(data, by: user, now: now)
        } catch {
            Self.remove(url)
            throw error
        }
    }

    /// Whether the file opens as a store holding `count` proposals, the sessions the generator makes
    /// for them (a store cached before the national calendar grew has too few), with this user as
    /// admin.
    func isValid(_ url: URL, count: Int) -> Bool {
        guard FileManager.default.fileExists(atPath: url.path),
            let store = try? Store.open(at: url.path, mode: .readOnly)
        else { return false }
        var everything = Store.QueueFilter()
        everything.statuses = Set(ProposalStatus.allCases)
        let stored = try? store.queueCount(everything, now: now, overdueDays: 0)
        let role = try? store.user(named: user)?.role
        let sessions = try? store.sessions(from: .distantPast, to: .distantFuture).count
        let wanted = count * DemoGenerator.nationalSessionsPerThousand / 1_000
        return stored == count && role == .admin && (sessions ?? 0) >= wanted
    }

    /// Removes a store file with its WAL companions.
    static func remove(_ url: URL) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: url.path + suffix)
        }
    }

    /// The default folder: `$TMPDIR/inovasi-bench`, or `/tmp/inovasi-bench`.
    static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return URL(fileURLWithPath: base).appendingPathComponent("inovasi-bench")
    }
}

/// A store ready to measure, and how it was obtained.
struct PreparedStore: Encodable, Sendable {
    var path: URL
    var proposals: Int
    /// Seconds spent generating and importing it; nil when it came from the cache.
    var generationSeconds: Double?

    /// A private copy for one run, so decisions never change the cached file.
    func scratchCopy(in folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("store-\(proposals).sqlite")
        StoreCache.remove(copy)
        try FileManager.default.copyItem(at: path, to: copy)
        return copy
    }
}
