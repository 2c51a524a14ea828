import Foundation
import TestSupport
import Testing

/// The config file read again by the real program, through tmux: `Ctrl-R` in the dashboard, and
/// the kiosk when the file changes.
@Suite("Config reload end to end, through tmux", .serialized)
struct ConfigReloadEndToEndTests {
    @Test("Ctrl-R applies a good file's keys and keeps them when the next file is bad, naming its line")
    func dashboard() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let config = try sandbox.writeConfig("overdueDays: 14\n")
        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        try session.tmux.waitFor(text: "data per")
        try session.tmux.sendKeys(.text("3"))
        try session.tmux.waitFor(text: " t ambil untuk ditinjau")
        try Data("keys:\n  queue:\n    take: [T, Ctrl-T]\n".utf8).write(to: URL(fileURLWithPath: config))
        try session.tmux.sendKeys(.named("C-r"))
        let good = try session.tmux.waitFor(text: "konfigurasi dimuat ulang")
        #expect(good.contains("T/Ctrl-T ambil untuk ditinjau"), "\(good)")
        try Data("keys:\n  queue:\n    take: [s]\n".utf8).write(to: URL(fileURLWithPath: config))
        try session.tmux.sendKeys(.named("C-r"))
        let bad = try session.tmux.waitFor(text: "konfigurasi lama tetap dipakai: baris 3:")
        #expect(bad.contains("take dan score"), "\(bad)")
        // The old keys stay in force: the help lists them.
        try session.tmux.sendKeys(.text("?"))
        try session.tmux.waitFor(text: "T Ctrl-T")
        try session.tmux.sendKeys(.named("Escape"))
        try session.tmux.sendKeys(.text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
    }

    @Test("the kiosk reads the file again when it changes, without a key")
    func kiosk() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let config = try sandbox.writeConfig("language: id\n")
        let session = try DashboardSession.start(sandbox, arguments: ["kiosk", "--data", store, "--interval", "600"])
        try session.tmux.waitFor(text: "data per")
        try Data("language: en\n".utf8).write(to: URL(fileURLWithPath: config))
        try session.tmux.waitFor(text: "configuration reloaded")
    }
}
