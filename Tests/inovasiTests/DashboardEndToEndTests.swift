import Foundation
import TestSupport
import Testing

/// The built binary in tmux on a real demo store: what a person sees and does.
@Suite("Dashboard end to end, through tmux", .serialized)
struct DashboardEndToEndTests {
    let sandbox: CLISandbox
    let store: String

    init() throws {
        sandbox = try CLISandbox()
        store = try sandbox.makeDemo()
    }

    @Test("start, see three panes, move into details and back, help, language, q leaves a clean terminal")
    func tour() throws {
        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        let first = try session.tmux.waitFor(text: "3 Antrean Usulan")
        #expect(first.contains("1 Progres OPD"))
        #expect(first.contains("2 Kalender Pendampingan"))
        #expect(first.contains("Dinas Kesehatan"))
        try session.tmux.sendKeys(.text("3"), .enter)
        let detail = try session.tmux.waitFor(text: "Rancang bangun")
        #expect(detail.contains("Riwayat"))
        try session.tmux.sendKeys(.escape)
        try session.tmux.waitFor(text: "2 Kalender Pendampingan")
        try session.tmux.sendKeys(.text("1"), .enter)
        try session.tmux.waitFor(text: "Bidang dengan inovasi utama")
        try session.tmux.sendKeys(.escape, .text("?"))
        try session.tmux.waitFor(text: "urutkan kolom berikutnya")
        try session.tmux.sendKeys(.escape, .text("L"))
        let english = try session.tmux.waitFor(text: "3 Review queue")
        #expect(english.contains("1 OPD progress"))
        try session.tmux.sendKeys(.text("q"))
        let report = try session.waitForReport()
        #expect(report.contains("EXITED:0"))
        #expect(report.contains("TTY:SAME"))
        #expect(try session.tmux.display("#{alternate_on}") == "0")
        #expect(try session.tmux.display("#{cursor_flag}") == "1")
    }

    @Test("resize to 100 columns gives tabs, 70×20 says too small, and the full view comes back")
    func resize() throws {
        let session = try DashboardSession.start(sandbox, arguments: ["--data", store, "--lang", "en"])
        try session.tmux.waitFor(text: "3 Review queue")
        try session.tmux.resize(width: 100, height: 30)
        let tabs = try session.tmux.waitUntil("the tab bar") { $0.contains("1 OPD progress   2 Mentoring calendar") }
        #expect(!tabs.contains("╔═ 3"))
        try session.tmux.resize(width: 70, height: 20)
        try session.tmux.waitFor(text: "Terminal too small")
        try session.tmux.resize(width: 160, height: 48)
        let back = try session.tmux.waitFor(text: "3 Review queue")
        #expect(back.contains("2 Mentoring calendar"))
        try session.tmux.sendKeys(.text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
    }

    @Test("SIGTERM, SIGHUP and SIGINT each leave a clean terminal and exit 0", arguments: [SIGTERM, SIGHUP, SIGINT])
    func signals(signal: Int32) throws {
        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        try session.tmux.waitFor(text: "3 Antrean Usulan")
        kill(try session.dashboardPID(), signal)
        let report = try session.waitForReport()
        #expect(report.contains("EXITED:0"))
        #expect(report.contains("TTY:SAME"))
        #expect(try session.tmux.display("#{alternate_on}") == "0")
    }

    @Test("TERM=dumb gets a clear message and exit status 1 without drawing")
    func dumbTerminal() throws {
        let session = try DashboardSession.start(sandbox, arguments: ["--data", store], term: "dumb")
        _ = try session.waitForReport()
        let report = try session.tmux.capture(joined: true)
        #expect(report.contains("EXITED:1"))
        #expect(report.contains("TERM=dumb") || report.contains("dumb"))
        #expect(report.contains("inovasi report"))
        #expect(!report.contains("Antrean Usulan"))
    }

    @Test("a change made by a second process appears on screen within two seconds, without a key")
    func liveChange() throws {
        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        let first = try session.tmux.waitFor(text: "3 Antrean Usulan")
        #expect(first.contains("(Admin)"))
        let worker = try #require(BuiltProducts.executable(named: "inovasi-store-worker"))
        _ = FileManager.default.createFile(atPath: store + ".go", contents: nil)
        let process = Process()
        process.executableURL = worker
        process.arguments = ["write", store, "1", "Uji Langsung"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        try session.tmux.waitFor(text: "Dinas Uji Langsung 1", timeout: .seconds(2))
        let added = try sandbox.run(["users", "add", "kepala.b", "--role", "admin", "--data", store])
        #expect(added.status == 0, "\(added.stderr)")
        let demoted = try sandbox.run(["users", "set-role", try currentUser(), "supervisor", "--data", store])
        #expect(demoted.status == 0, "\(demoted.stderr)")
        try session.tmux.waitFor(text: "(Pimpinan)", timeout: .seconds(2))
        try session.tmux.sendKeys(.text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
    }

    /// The Unix user the tests run as, as the store names it.
    func currentUser() throws -> String {
        let worker = try #require(BuiltProducts.executable(named: "inovasi-store-worker"))
        let answer = try sandbox.run([], executable: worker, executableArguments: ["whoami"])
        return answer.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// `inovasi kiosk` on a real store, in tmux.
@Suite("Kiosk end to end, through tmux", .serialized)
struct KioskEndToEndTests {
    @Test("read-only, ignores q, cycles its views, and SIGTERM leaves a clean terminal")
    func kiosk() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        let session = try DashboardSession.start(sandbox, arguments: ["kiosk", "--data", store, "--interval", "1"])
        let first = try session.tmux.waitFor(text: "KIOS")
        #expect(first.contains("Ringkasan kota"))
        try session.tmux.sendKeys(.text("q"), .text("?"))
        try session.tmux.waitUntil("another page", timeout: .seconds(5)) { !$0.contains("Ringkasan kota") }
        #expect(try !session.tmux.isPaneDead())
        kill(try session.dashboardPID(), SIGTERM)
        let report = try session.waitForReport()
        #expect(report.contains("EXITED:0"))
        #expect(report.contains("TTY:SAME"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }
}

/// `inovasi kiosk` on the Linux console's terminal type, at its 80×25.
@Suite("Kiosk wall pages end to end, through tmux with TERM=linux", .serialized)
struct KioskLinuxConsoleTests {
    @Test("the city page in large type, then the OPD page's first screenful; SIGTERM leaves it cleared")
    func cityThenAgencies() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let session = try DashboardSession.start(
            sandbox, arguments: ["kiosk", "--data", store, "--interval", "2"], width: 80, height: 25, term: "linux")
        let city = try session.tmux.waitFor(text: "Ringkasan kota")
        #expect(city.contains("Usulan menunggu"))
        #expect(city.contains("███"))
        #expect(!city.contains(NSUserName() + " ("))
        #expect(!city.contains(store))
        let agencies = try session.tmux.waitFor(text: "Progres OPD · halaman 1 dari 5")
        #expect(agencies.contains("Sekretariat Daerah"))
        kill(try session.dashboardPID(), SIGTERM)
        let report = try session.waitForReport()
        #expect(report.contains("EXITED:0"))
        #expect(!report.contains("Progres OPD"))
    }
}

/// Standard error of the running dashboard goes to the log, never over the screen.
@Suite("Dashboard error log", .serialized)
struct DashboardErrorLogTests {
    @Test("a broken theme is named in the log and on standard error after exit, and the screen stays clean")
    func brokenTheme() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let theme = sandbox.path("rusak.yaml")
        try "name: rusak\nroles:\n  selection: {fg: \"#zzzzzz\"}\n".write(
            toFile: theme, atomically: true, encoding: .utf8)
        let session = try DashboardSession.start(sandbox, arguments: ["--data", store, "--theme", theme])
        let screen = try session.tmux.waitFor(text: "rusak.yaml")
        #expect(screen.contains("3 Antrean Usulan"))
        try session.tmux.sendKeys(.text("q"))
        _ = try session.waitForReport()
        let after = try session.tmux.capture(joined: true)
        #expect(after.contains("rusak.yaml"))
        #expect(after.contains("EXITED:0"))
        let log = try String(
            contentsOfFile: sandbox.root.path + "/home/.local/state/inovasi/inovasi.log", encoding: .utf8)
        #expect(log.contains("--- inovasi "))
    }
}

/// Job control with the real dashboard: Ctrl-Z gives the shell its screen back, `fg` repaints.
@Suite("Dashboard job control", .serialized)
struct DashboardJobControlTests {
    @Test("Ctrl-Z then fg: the shell gets a clean screen, the dashboard comes back and keys work")
    func suspend() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        var environment = TmuxSession.baseEnvironment()
        environment["PS1"] = "$ "
        environment["HOME"] = sandbox.root.appendingPathComponent("home").path
        environment["XDG_DATA_HOME"] = sandbox.dataHome
        environment["XDG_CONFIG_HOME"] = sandbox.configHome
        let tmux = try TmuxSession(
            command: "exec bash --norc --noprofile -i", environment: environment, width: 160, height: 48)
        try tmux.waitFor(text: "$")
        let command = try [CLISandbox.binary().path, "--data", store].map(CLISandbox.shellQuoted)
        try tmux.sendKeys(.text(command.joined(separator: " ")), .enter)
        try tmux.waitFor(text: "3 Antrean Usulan")
        try tmux.sendKeys(.named("C-z"))
        // A loaded machine (CI beside parallel builds) can take more than the usual 5 s to stop it.
        let shell = try tmux.waitFor(text: "Stopped", timeout: .seconds(20))
        #expect(!shell.contains("3 Antrean Usulan"))
        #expect(try tmux.display("#{alternate_on}") == "0")
        try tmux.sendKeys(.text("fg"), .enter)
        try tmux.waitUntil("the dashboard again") { $0.contains("3 Antrean Usulan") && !$0.contains("Stopped") }
        try tmux.sendKeys(.text("2"))
        try tmux.waitFor(text: "╔═ 2 Kalender Pendampingan")
        try tmux.sendKeys(.text("q"))
        try tmux.waitUntil("the prompt") { $0.contains("$") && !$0.contains("3 Antrean Usulan") }
        try tmux.sendKeys(.text("stty -a | grep -o ' icanon' ; echo DONE"), .enter)
        let after = try tmux.waitFor(text: "DONE")
        #expect(after.contains(" icanon"))
    }
}
