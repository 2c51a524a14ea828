import Foundation
import InovasiStore
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The files beside a store: a stale `-wal` of another file, the two schema version marks, and the
/// `-wal`/`-shm` that read-only commands used to leave behind.
@Suite("Store files: foreign logs, version marks and leftovers")
struct StoreFileSafetyTests {
    @Test("a stale -wal beside a store copied over it is refused with both files unchanged, never merged")
    func foreignLogIsRefused() throws {
        let sandbox = try CLISandbox()
        let path = try sandbox.makeDemo(at: sandbox.path("s.sqlite"))
        let other = try sandbox.makeDemo(at: sandbox.path("other.sqlite"), extra: ["--seed", "7"])
        try StoreWorkerProcess.leaveStaleLog(sandbox, path: path, tag: "STALE")
        #expect(try fileBytes(path + "-wal").count > 0)
        // A person restores a backup by copying it over the store, as `cp` does.
        try Data(contentsOf: URL(fileURLWithPath: other)).write(to: URL(fileURLWithPath: path))
        let mainBefore = try fileBytes(path)
        let logBefore = try fileBytes(path + "-wal")
        for command in [["review", "take", "4"], ["report"], ["check"], ["users", "list"]] {
            let result = try sandbox.run(command + ["--data", path, "--lang", "en"])
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(result.stderr.contains(path + "-wal"), "\(command) names the log: \(result.stderr)")
            #expect(try fileBytes(path) == mainBefore, "\(command) changed the store")
            #expect(try fileBytes(path + "-wal") == logBefore, "\(command) changed the log")
        }
        // The fix the message gives: the log belongs to the old file, so it is moved away.
        for suffix in ["-wal", "-shm"] {
            try FileManager.default.moveItem(atPath: path + suffix, toPath: sandbox.path("old" + suffix))
        }
        let check = try sandbox.run(["check", "--data", path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test("the issue's sequence: kiosk and writer, kiosk killed, another store copied over, review take")
    func kioskWriterSequenceNeverMergesAForeignLog() throws {
        let sandbox = try CLISandbox()
        let path = try sandbox.makeDemo(at: sandbox.path("s.sqlite"))
        let other = try sandbox.makeDemo(at: sandbox.path("other.sqlite"), extra: ["--seed", "7"])
        let kiosk = try StoreWorkerProcess.start(sandbox, ["read-wait", path], waitFor: "reading")
        let writer = try sandbox.run(["users", "add", "tamu", "--role", "viewer", "--data", path])
        #expect(writer.status == 0, "\(writer.stderr)")
        kiosk.kill()
        try Data(contentsOf: URL(fileURLWithPath: other)).write(to: URL(fileURLWithPath: path))
        let mainBefore = try fileBytes(path)
        let logBefore = try? fileBytes(path + "-wal")
        let result = try sandbox.run(["review", "take", "4", "--data", path, "--lang", "en"])
        let unchanged = try fileBytes(path) == mainBefore && (try? fileBytes(path + "-wal")) == logBefore
        if result.status == 2 {
            #expect(unchanged, "refused (\(result.stderr)) but the files changed")
        }
        // Whatever the command did, no page of the old store may have reached the new one.
        let check = try sandbox.run(["check", "--data", path])
        #expect(check.status == 0 || (result.status == 2 && unchanged), "\(check.stdout)\(check.stderr)")
        if !unchanged || result.status != 2 {
            let users = try sandbox.run(["users", "list", "--format", "csv", "--data", path])
            #expect(!users.stdout.contains("tamu"), "a change of the old store was merged into the new one")
        }
    }

    @Test("a killed writer's -wal is merged on the untouched store; once the file is rewritten, only on request")
    func ownStaleLogMergesOnlyWhenProvenOrAsked() throws {
        let sandbox = try CLISandbox()
        let path = try sandbox.makeDemo(at: sandbox.path("s.sqlite"))
        try StoreWorkerProcess.leaveStaleLog(sandbox, path: path, tag: "ZZSISA9")
        let crashed = try sandbox.run(["report", "--format", "csv", "--data", path])
        #expect(crashed.status == 0, "\(crashed.stderr)")
        #expect(crashed.stdout.contains("ZZSISA9"), "the killed writer's change is kept")

        try StoreWorkerProcess.leaveStaleLog(sandbox, path: path, tag: "ZZLAGI9")
        // Written again with the same bytes, as a copy over it would: the log is no longer proven.
        let mainBefore = try fileBytes(path)
        try mainBefore.write(to: URL(fileURLWithPath: path))
        let refused = try sandbox.run(["report", "--data", path, "--lang", "id"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--merge-wal"), "\(refused.stderr)")
        #expect(try fileBytes(path) == mainBefore)
        let merged = try sandbox.run(["check", "--merge-wal", "--data", path])
        #expect(merged.status == 0, "\(merged.stdout)\(merged.stderr)")
        let report = try sandbox.run(["report", "--format", "csv", "--data", path])
        #expect(report.status == 0)
        #expect(report.stdout.contains("ZZLAGI9"), "the merged change is kept")
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("meta.schema_version 99 is refused unchanged by every command, and check names both marks")
    func disagreeingVersionMarksAreRefused() throws {
        let sandbox = try CLISandbox()
        let path = try sandbox.makeDemo(at: sandbox.path("s.sqlite"))
        let planted = try StoreWorkerProcess.run(
            ["sql", path, "UPDATE meta SET value = '99' WHERE key = 'schema_version'"])
        #expect(planted.contains("planted"), "\(planted)")
        let before = try fileBytes(path)
        let commands = [
            ["report"], ["queue"], ["sessions"], ["users", "list"], ["users", "add", "tamu", "--role", "viewer"],
            ["review", "take", "4"], ["demo"],
        ]
        for command in commands {
            let result = try sandbox.run(command + ["--data", path, "--lang", "en"])
            #expect(result.status == 2, "\(command): \(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains("99"), "\(command): \(result.stderr)")
            #expect(try fileBytes(path) == before, "\(command) changed the file")
        }
        let check = try sandbox.run(["check", "--data", path, "--lang", "en"])
        #expect(check.status == 2)
        #expect(check.stdout.contains("schemaVersion"), "\(check.stdout)")
        #expect(check.stdout.contains("user_version \(Store.schemaVersion), meta.schema_version 99"), "\(check.stdout)")
        #expect(try fileBytes(path) == before)
        #expect(leftovers(path).isEmpty, "\(leftovers(path))")
    }

    @Test("read-only commands and writes leave no -wal, -shm or -lock behind when they are the last")
    func noLeftoverFiles() throws {
        let sandbox = try CLISandbox()
        let path = try sandbox.makeDemo(at: sandbox.path("s.sqlite"))
        #expect(leftovers(path).isEmpty, "after demo: \(leftovers(path))")
        let commands = [
            ["report"], ["queue"], ["sessions"], ["check"], ["review", "history", "1"], ["users", "list"],
            ["users", "add", "tamu", "--role", "viewer"],
        ]
        for command in commands {
            let result = try sandbox.run(command + ["--data", path])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(leftovers(path).isEmpty, "\(command) left \(leftovers(path))")
        }
    }

    @Test("backup refuses to overwrite; restore refuses while a writer has the store open, then restores")
    func backupAndRestore() throws {
        let sandbox = try CLISandbox()
        let path = try sandbox.makeDemo(at: sandbox.path("s.sqlite"))
        let backup = sandbox.path("cadangan/s-1.sqlite")
        let made = try sandbox.run(["backup", backup, "--data", path])
        #expect(made.status == 0, "\(made.stderr)")
        let backupBytes = try fileBytes(backup)
        let again = try sandbox.run(["backup", backup, "--data", path, "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.stderr.contains(backup))
        #expect(try fileBytes(backup) == backupBytes)

        let writer = try StoreWorkerProcess.start(sandbox, ["commit", path, "ZZBARU9"], waitFor: "committed")
        let refused = try sandbox.run(["restore", backup, "--data", path, "--lang", "en"])
        #expect(refused.status == 1, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("open for writing"), "\(refused.stderr)")
        #expect(folderNames(sandbox).filter { $0.contains("before-restore") }.isEmpty)
        writer.kill()

        let restored = try sandbox.run(["restore", backup, "--data", path, "--lang", "en"])
        #expect(restored.status == 0, "\(restored.stdout)\(restored.stderr)")
        #expect(restored.stdout.contains("before-restore-"), "\(restored.stdout)")
        #expect(leftovers(path).isEmpty, "\(leftovers(path))")
        #expect(folderNames(sandbox).contains { $0.hasPrefix("s.sqlite.before-restore-") })
        let report = try sandbox.run(["report", "--format", "csv", "--data", path])
        #expect(!report.stdout.contains("ZZBARU9"), "the restored store is the backup")
        let check = try sandbox.run(["check", "--data", path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// `-wal`, `-shm` and `-lock` files beside `path` that exist.
    func leftovers(_ path: String) -> [String] {
        ["-wal", "-shm", "-lock"].filter { FileManager.default.fileExists(atPath: path + $0) }
    }

    func folderNames(_ sandbox: CLISandbox) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: sandbox.root.path)) ?? []
    }
}

/// The bytes of a file, to compare before and after.
func fileBytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

/// The test target's `inovasi-store-worker` (built beside `inovasi`) as a child process.
struct StoreWorkerProcess {
    let pid: pid_t

    static func executable() throws -> String {
        try CLISandbox.binary().deletingLastPathComponent().appendingPathComponent("inovasi-store-worker").path
    }

    /// Starts the worker and waits (up to 60 s) until its output holds `line`.
    static func start(_ sandbox: CLISandbox, _ arguments: [String], waitFor line: String) throws
        -> StoreWorkerProcess
    {
        let output = URL(fileURLWithPath: sandbox.path("worker-\(UUID().uuidString).out"))
        let pid = try ChildProcess.spawn(
            executable(), arguments: arguments, environment: ProcessInfo.processInfo.environment, output: output)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if text.contains(line) { return StoreWorkerProcess(pid: pid) }
            usleep(20_000)
        }
        let worker = StoreWorkerProcess(pid: pid)
        worker.kill()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        Issue.record("worker \(arguments) never said \(line): \(text)")
        return worker
    }

    /// Runs the worker to its end and returns what it printed.
    static func run(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("worker-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try ChildProcess.run(
            executable(), arguments: arguments, environment: ProcessInfo.processInfo.environment, output: output)
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    /// Commits one change to `path` in a worker and kills it with SIGKILL while the store is open:
    /// a `-wal` of committed changes is left that no program holds.
    static func leaveStaleLog(_ sandbox: CLISandbox, path: String, tag: String) throws {
        try start(sandbox, ["commit", path, tag], waitFor: "committed").kill()
    }

    /// SIGKILL, as a crash or `kill -9` would, and waits for the process to end.
    func kill() {
        _ = Glibc.kill(pid, SIGKILL)
        _ = ChildProcess.waitForExit(pid)
    }
}
