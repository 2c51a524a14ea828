import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore
import NcursesTerminal

/// `inovasi-bench pty-child`: the dashboard on ncurses, started by the benchmark on a
/// pseudo-terminal to count the bytes the backend writes. Not for people; hidden from help.
struct PtyChildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pty-child", shouldDisplay: false)

    @Option var data: String
    /// The fixed clock, in seconds since 1970.
    @Option var now: Double
    @Option var lang: String = Language.id.rawValue
    /// Runs as `inovasi kiosk` does (read-only, raw keys, the real clock) instead of the dashboard.
    @Flag var kiosk = false
    /// A file holding seconds to add to the fixed clock; the benchmark writes it to make the clock
    /// tick a minute on without anything else changing.
    @Option var clockFile: String?

    func run() throws {
        let language = Language(rawValue: lang) ?? .id
        let profile = try TerminalCheck().run()
        let store = try Store.open(at: data, mode: kiosk ? .readOnly : .readWrite)
        let factory = DashboardFactory(
            now: Date(timeIntervalSince1970: now), user: Store.currentUserName(), language: language)
        let terminal = try NcursesTerminal(
            profile: profile, quitSignal: kiosk ? .ignored : .terminates, rawKeys: kiosk, language: language)
        defer { terminal.shutdown() }
        let runtime =
            try kiosk
            ? factory.kiosk(backend: terminal, store: store)
            : factory.runtime(backend: terminal, store: store, clock: clock(from: factory.now))
        runtime.run()
    }

    /// The fixed clock, moved on by the seconds in ``clockFile`` when there is one.
    func clock(from fixed: Date) -> (() -> Date)? {
        guard let clockFile else { return nil }
        return {
            let text = (try? String(contentsOfFile: clockFile, encoding: .utf8)) ?? ""
            let offset = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            return fixed.addingTimeInterval(offset)
        }
    }
}
