import ArgumentParser
import Foundation
import GRDB

/// `inovasi-bench lock-child`: another process holding the store's write lock, as a slow writer
/// does, so the benchmark can time key presses meanwhile. Not for people; hidden from help.
///
/// Takes the lock (`BEGIN IMMEDIATE` and a change), prints `locked`, and holds it until its
/// standard input closes; then rolls back, so the store is left as it was.
struct LockChildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lock-child", shouldDisplay: false)

    @Option var data: String

    func run() throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        let queue = try DatabaseQueue(path: data, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "UPDATE meta SET value = value WHERE key = 'app'")
            FileHandle.standardOutput.write(Data("locked\n".utf8))
            _ = FileHandle.standardInput.readDataToEndOfFile()
            try db.execute(sql: "ROLLBACK")
        }
    }
}
