import Foundation
import Glibc
import InovasiCore
import InovasiTUI
import NcursesTerminal

/// How the demo's dashboard hangs in a data call: busy on a core, or asleep in the kernel.
enum Stall: String {
    /// A CPU loop that never ends, as a fetch loop waiting for a count it never reaches.
    case spin
    /// A wait that never ends, as a read from a store or a network that never answers.
    case wait

    /// The stall `--stall spin|wait` asks for, or nil without the option.
    init?(arguments: [String]) {
        guard let index = arguments.firstIndex(of: "--stall"), index + 1 < arguments.count else { return nil }
        self.init(rawValue: arguments[index + 1])
    }

    /// Never returns. Says so (with the process id) on standard error first, so a test knows the
    /// runtime is stuck and whom to signal.
    func hang() -> Never {
        let note = Array("stalled: \(rawValue) pid \(getpid())\n".utf8)
        _ = note.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        let clock = ContinuousClock()
        var latest = clock.now
        while true {
            switch self {
            case .spin: latest = max(latest, clock.now)
            case .wait: pause()
            }
        }
    }
}

/// A data source with nothing in it whose second `dataVersion()` call (the first tick after the
/// first frame) never returns: the real runtime stuck in a data call, on the real terminal.
final class StalledDataSource: DashboardDataSource {
    let stall: Stall
    private var versionReads = 0

    init(stall: Stall) { self.stall = stall }

    func progress(now: Date, overdueDays: Int) throws -> [AgencyProgress] { [] }
    func queueRows(_ query: QueueQuery, now: Date, overdueDays: Int, offset: Int, limit: Int) throws -> [QueueItem] {
        []
    }
    func queueCount(_ query: QueueQuery, now: Date, overdueDays: Int) throws -> Int { 0 }
    func sessions(from: Date, to: Date) throws -> [MentoringSession] { [] }
    func agencyDetail(id: Int64) throws -> AgencyDetail? { nil }
    func monthlyTrend(agencyID: Int64?, window: TrendWindow) throws -> MonthlyTrend {
        MonthlyTrend(from: window.first, to: window.last)
    }
    func proposalDetail(id: Int64) throws -> ProposalDetail? { nil }
    func agencyNames(ids: [Int64]) throws -> [Int64: String] { [:] }
    func innovationTitles(ids: [Int64]) throws -> [Int64: String] { [:] }
    func role(of user: String) throws -> Role? { nil }

    func dataVersion() throws -> Int {
        versionReads += 1
        if versionReads > 1 { stall.hang() }
        return 0
    }
}

/// The dashboard runtime over ``StalledDataSource`` (`inovasi-term-demo --stall spin|wait`).
enum StalledDashboard {
    static let cityName = "Kota Macet"

    static func run(on terminal: NcursesTerminal, stall: Stall, language: Language) {
        let context = DashboardContext(
            cityName: cityName, userName: "demo", role: nil, dataPath: "-", isDemo: true, isReadOnly: true,
            timeZone: TimeZone(identifier: "UTC") ?? .current, overdueDays: 14)
        let state = DashboardState(
            context: context, language: language, size: terminal.size, now: Date(),
            themeName: ThemeCatalog.builtInName)
        let catalog = ThemeCatalog.standard()
        let runtime = DashboardRuntime(
            backend: terminal, data: StalledDataSource(stall: stall), state: state,
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)))
        runtime.run()
    }
}
