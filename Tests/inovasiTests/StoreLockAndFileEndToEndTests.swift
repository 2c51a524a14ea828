import Foundation
import TestSupport
import Testing

/// Another process holding the write lock, and the kiosk's file renamed or replaced under it: the
/// real binaries in tmux.
@Suite("Write lock and replaced file, end to end through tmux", .serialized)
struct StoreLockAndFileEndToEndTests {
    /// The store worker (`Tests/StoreWorker`) as another process on `store`.
    static func worker(_ arguments: [String]) throws -> (Process, Pipe) {
        let executable = try #require(BuiltProducts.executable(named: "inovasi-store-worker"), "worker not built")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        return (process, output)
    }

    /// Reads the worker's output until a line equal to `line`.
    static func read(_ pipe: Pipe, until line: String) -> Bool {
        var text = ""
        while !text.split(separator: "\n").contains(Substring(line)) {
            let chunk = pipe.fileHandleForReading.availableData
            guard !chunk.isEmpty else { return false }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return true
    }

    @Test("while another process holds the write lock, a take is refused at once and keys keep answering")
    func writeLockHeld() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        try session.tmux.waitFor(text: "3 Antrean Usulan")
        try session.tmux.sendKeys(.text("3"))
        let (locker, output) = try Self.worker(["lock", store, "30"])
        defer { locker.terminate() }
        #expect(Self.read(output, until: "locked"))
        let clock = ContinuousClock()
        let start = clock.now
        try session.tmux.sendKeys(.text("t"))
        let refused = try session.tmux.waitFor(text: "dikunci", timeout: .seconds(4))
        #expect(clock.now - start < .seconds(4))
        let status = refused.split(separator: "\n").last.map(String.init) ?? ""
        #expect(status.contains("dikunci"))
        try session.tmux.sendKeys(.text("?"))
        try session.tmux.waitFor(text: "Bantuan", timeout: .seconds(2))
        try session.tmux.sendKeys(.escape, .text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
    }

    @Test("the kiosk warns within 10 s when its file is renamed, and shows a store moved over it")
    func kioskFollowsItsFile() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        // The OPD page alone, so the OPDs' names stay on screen.
        let config = sandbox.path("kiosk.yaml")
        try "kiosk:\n  pages: [opd]\n".write(toFile: config, atomically: true, encoding: .utf8)
        let session = try DashboardSession.start(
            sandbox, arguments: ["kiosk", "--data", store, "--config", config, "--interval", "600"])
        try session.tmux.waitFor(text: "Dinas Kesehatan")
        #expect(rename(store, store + ".dipindah") == 0)
        let warned = try session.tmux.waitFor(text: "Berkas data hilang", timeout: .seconds(10))
        #expect(!warned.contains((store as NSString).lastPathComponent), "the kiosk never shows where its file is")
        #expect(warned.contains("· data per "))
        #expect(rename(store + ".dipindah", store) == 0)
        try session.tmux.waitUntil("the warning gone", timeout: .seconds(10)) { !$0.contains("Berkas data hilang") }
        let other = sandbox.path("lain.sqlite")
        #expect(try sandbox.run(["init", "--data", other]).status == 0)
        #expect(FileManager.default.createFile(atPath: other + ".go", contents: Data()))
        let (writer, output) = try Self.worker(["write", other, "1", "PENGGANTI"])
        #expect(Self.read(output, until: "done 1"))
        writer.waitUntilExit()
        #expect(rename(other, store) == 0)
        let replaced = try session.tmux.waitFor(text: "Dinas PENGGANTI 1", timeout: .seconds(10))
        #expect(!replaced.contains("Dinas Kesehatan"))
        #expect(!replaced.contains("Berkas data"))
        kill(try session.dashboardPID(), SIGTERM)
        #expect(try session.waitForReport().contains("EXITED:0"))
    }
}
