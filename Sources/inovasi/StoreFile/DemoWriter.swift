import Foundation
import InovasiCore
import InovasiStore

/// Writes generated demo data into a new or empty store, and never into a store that holds data.
enum DemoWriter {
    /// The seed of the demo everyone sees first (the year of the Instruksi).
    static let defaultSeed: UInt64 = 2022
    /// Proposals the `--proposals` option accepts.
    static let proposalRange = 0...1_000_000

    /// Generates the data and writes it in one transaction. A file this call created is removed
    /// again when writing fails, so a failed demo leaves nothing behind.
    static func write(
        to path: String, scale: DemoScale, seed: UInt64, proposals: Int?, context: CommandContext
    ) throws -> DemoCounts {
        let make = { DemoGenerator.make(scale: scale, seed: seed, now: context.now, proposalCount: proposals) }
        let data: DemoDataSet
        if FileManager.default.fileExists(atPath: path) {
            // Looked at read-only first: a refusal must leave the file exactly as it was, and a
            // read-write open already writes (GRDB primes the WAL).
            guard try isEmpty(context.openStore(.readOnly, at: path)) else {
                throw CLIFailure.input(StoreMessageText.demoRefused(path), context.language)
            }
            let store = try context.openStore(.readWrite, at: path)
            data = make()
            try store.importDemo(data, by: context.user, now: context.now)
        } else {
            data = make()
            var created = false
            do {
                let store = try Store.create(at: path, creator: context.user, now: context.now)
                created = true
                try store.importDemo(data, by: context.user, now: context.now)
            } catch {
                if created { removeStoreFiles(path) }
                throw error
            }
        }
        return DemoCounts(
            agencies: data.agencies.count, divisions: data.divisions.count, users: data.users.count,
            innovations: data.innovations.count, proposals: data.proposalCount, sessions: data.sessions.count)
    }

    /// Whether the store has no reference data, innovations, proposals or sessions (a fresh `init`).
    static func isEmpty(_ store: Store) throws -> Bool {
        var everything = Store.QueueFilter()
        everything.statuses = Set(ProposalStatus.allCases)
        let distantPast = Date(timeIntervalSince1970: 0)
        let distantFuture = Date(timeIntervalSince1970: 32_503_680_000)
        return try store.agencies().isEmpty && store.innovations().isEmpty
            && store.queueCount(everything, now: Date(), overdueDays: 0) == 0
            && store.sessions(from: distantPast, to: distantFuture).isEmpty
    }

    /// Removes a store file this process created, with its WAL companions.
    static func removeStoreFiles(_ path: String) {
        for file in [path, path + "-wal", path + "-shm"] {
            try? FileManager.default.removeItem(atPath: file)
        }
    }
}
