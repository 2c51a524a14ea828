import Foundation
import Testing

/// A proposal of the queue as `inovasi queue --format json` prints it.
struct QueuedProposal {
    var id: Int64
    var opd: String
    var status: String
    var version: Int64
    var assignee: String?

    /// The id as a command-line argument.
    var arg: String { String(id) }
}

extension CLISandbox {
    /// The queue's proposals of `status` (raw names, comma-separated), oldest first.
    func queued(_ status: String = "submitted", extra: [String] = []) throws -> [QueuedProposal] {
        let result = try run(["queue", "--format", "json", "--limit", "1000", "--status", status] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try result.json()["proposals"] as? [[String: Any]])
        return try rows.map { row in
            QueuedProposal(
                id: Int64(try #require(row["id"] as? Int)), opd: try #require(row["opd"] as? String),
                status: try #require(row["status"] as? String), version: Int64(try #require(row["version"] as? Int)),
                assignee: row["assignee"] as? String)
        }
    }

    /// `review history ID --format json`, parsed.
    func history(_ id: Int64) throws -> [String: Any] {
        let result = try run(["review", "history", String(id), "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try result.json()
    }

    /// The audit actions of a proposal (its own rows and its scores), oldest first.
    func actions(_ id: Int64) throws -> [String] {
        let events = try #require(try history(id)["events"] as? [[String: Any]])
        return events.compactMap { $0["action"] as? String }
    }

    /// Innovations at stage inisiatif of the OPD with `code`, from `inovasi report`.
    func initiatives(of code: String) throws -> Int {
        let report = try run(["report", "--format", "json"]).json()
        let rows = try #require(report["agencies"] as? [[String: Any]])
        return try #require(rows.first { $0["opd"] as? String == code }?["initiative"] as? Int)
    }

    /// Starts `inovasi` once per argument list, all before any is waited for, then waits for all.
    func runTogether(_ argumentLists: [[String]]) throws -> [CLIResult] {
        let binary = try Self.binary()
        var started: [(Process, URL, URL, [FileHandle])] = []
        for (index, arguments) in argumentLists.enumerated() {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            process.environment = [
                "HOME": root.appendingPathComponent("home").path, "XDG_DATA_HOME": dataHome,
                "XDG_CONFIG_HOME": configHome, "PATH": "/usr/bin:/bin",
            ]
            let out = root.appendingPathComponent("out/together-\(index)-\(UUID().uuidString).out")
            let err = root.appendingPathComponent("out/together-\(index)-\(UUID().uuidString).err")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            let handles = [try FileHandle(forWritingTo: out), try FileHandle(forWritingTo: err)]
            process.standardOutput = handles[0]
            process.standardError = handles[1]
            process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
            started.append((process, out, err, handles))
        }
        for (process, _, _, _) in started {
            try process.run()
        }
        return try started.map { process, out, err, handles in
            process.waitUntilExit()
            for handle in handles { try handle.close() }
            return CLIResult(
                status: process.terminationStatus,
                stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
        }
    }

    /// Everything a review command could change, as the command line shows it: every proposal's
    /// status, version, reviewer and scores; the per-OPD report (innovations by stage); the users;
    /// and the audit history of the proposals in `ids`. A refused command must leave it equal.
    ///
    /// (Not the file's bytes: GRDB makes sure the `-wal` file exists on every read-write open by
    /// creating and dropping a scratch table, which touches SQLite's own header counters and may
    /// add a free page, refused command or not.)
    func fingerprint(_ ids: [Int64] = []) throws -> [String] {
        let queue = try run([
            "queue", "--format", "json", "--limit", "100000", "--status", QueueCommandTests.allStatuses,
        ]).json()
        let rows = try #require(queue["proposals"] as? [[String: Any]])
        var lines = rows.map { row in
            ["id", "status", "version", "assignee", "score", "scoreCount"].map { "\(row[$0] ?? "-")" }
                .joined(separator: " ")
        }
        let report = try #require(try run(["report", "--format", "json"]).json()["agencies"])
        lines.append(
            String(decoding: try JSONSerialization.data(withJSONObject: report, options: .sortedKeys), as: UTF8.self))
        lines.append(try run(["users", "list", "--format", "json"]).stdout)
        for id in ids {
            lines.append("\(id): " + (try actions(id)).joined(separator: ","))
        }
        return lines
    }
}
