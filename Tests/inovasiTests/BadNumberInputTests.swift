import Foundation
import Testing

/// Numbers and names out of their allowed range are refused naming the option and the range, with
/// exit status 1, in both languages (issue 8, point 9).
@Suite("bad numbers, names and empty choices on the command line")
struct BadNumberInputTests {
    /// Runs `arguments` and expects exit 1, nothing on standard output and every text of `names`
    /// in standard error.
    func refused(_ sandbox: CLISandbox, _ arguments: [String], naming names: [String]) throws {
        let result = try sandbox.run(arguments)
        #expect(result.status == 1, "\(arguments): \(result.stdout) \(result.stderr)")
        #expect(result.stdout.isEmpty, "\(arguments): \(result.stdout)")
        for name in names {
            #expect(result.stderr.contains(name), "\(arguments): \(result.stderr)")
        }
        #expect(!result.stderr.contains("wajib diisi"), "\(arguments): \(result.stderr)")
        #expect(!result.stderr.contains("Missing value"), "\(arguments): \(result.stderr)")
    }

    @Test("a negative number is refused with the allowed range, not as a missing value")
    func negativeNumbers() throws {
        let sandbox = try CLISandbox()
        try refused(
            sandbox, ["demo", "--proposals", "-1", "--data", sandbox.path("n.sqlite")],
            naming: ["-1", "--proposals", "0 sampai 1000000"])
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("n.sqlite")))
        let store = try sandbox.makeDemo()
        try refused(sandbox, ["review", "take", "-5", "--data", store], naming: ["Nomor usulan “-5” tidak sah"])
        try refused(
            sandbox, ["review", "take", "-5", "--lang", "en", "--data", store], naming: ["“-5”", "positive"])
        try refused(sandbox, ["review", "history", "-2", "--data", store], naming: ["“-2”"])
        try refused(sandbox, ["review", "assign", "3", "-4", "--to", "siti", "--data", store], naming: ["“-4”"])
        try refused(
            sandbox, ["queue", "--limit", "-4", "--data", store], naming: ["-4", "--limit", "1 sampai 100000"])
        try refused(
            sandbox, ["review", "take", "3", "--expect-version", "-2", "--data", store],
            naming: ["“-2”", "--expect-version"])
        try refused(sandbox, ["review", "take", "3", "--bogus", "--data", store], naming: ["“--bogus”"])
    }

    @Test("--expect-version beyond the proposal's version names the allowed range, not “already changed”")
    func versionNeverReached() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let open = try #require(try sandbox.queued().first)
        let before = try sandbox.fingerprint([open.id])
        for language in ["id", "en"] {
            let result = try sandbox.run([
                "review", "take", open.arg, "--expect-version", "99999999999999", "--lang", language, "--data", store,
            ])
            #expect(result.status == 1)
            #expect(
                !result.stderr.contains("sudah diubah") && !result.stderr.contains("was changed"), "\(result.stderr)")
            let range = language == "id" ? "harus 1 sampai" : "must be 1 to"
            #expect(result.stderr.contains("99999999999999") && result.stderr.contains(range), "\(result.stderr)")
        }
        #expect(try sandbox.fingerprint([open.id]) == before)
    }

    @Test("users add refuses a name with capitals, as the lower-case rule says")
    func upperCaseUserName() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        try refused(
            sandbox, ["users", "add", "BadName", "--role", "viewer", "--data", store],
            naming: ["“BadName”", "huruf kecil"])
        try refused(sandbox, ["users", "set-role", "Siti", "viewer", "--data", store], naming: ["“Siti”"])
        let list = try sandbox.run(["users", "list", "--format", "json", "--data", store])
        #expect(!list.stdout.contains("BadName"))
        #expect(try sandbox.run(["users", "add", "bad_name.2", "--role", "viewer", "--data", store]).status == 0)
    }

    @Test("an empty --status, --form or --kind is refused naming the option, not read as the default")
    func emptyChoices() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        try refused(sandbox, ["queue", "--status", "", "--data", store], naming: ["--status", "“”"])
        try refused(sandbox, ["queue", "--status", "submitted,,approved", "--data", store], naming: ["--status"])
        try refused(sandbox, ["queue", "--status", " ", "--lang", "en", "--data", store], naming: ["--status"])
        try refused(sandbox, ["queue", "--form", "", "--data", store], naming: ["--form"])
        try refused(sandbox, ["queue", "--kind", "", "--data", store], naming: ["--kind"])
    }

    @Test("kiosk --interval outside 1–86 400 is refused like the config key")
    func kioskInterval() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        try refused(
            sandbox, ["kiosk", "--interval", "99999999999", "--data", store],
            naming: ["99999999999", "--interval", "1 sampai 86400"])
        try refused(sandbox, ["kiosk", "--interval", "0", "--lang", "en", "--data", store], naming: ["1 to 86400"])
        try refused(sandbox, ["kiosk", "--interval", "-3", "--data", store], naming: ["-3", "--interval"])
    }

    @Test("an unknown page under kiosk.pages is refused naming it, its key and its line")
    func kioskPages() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let config = sandbox.path("kiosk.yaml")
        try "kioskInterval: 30\nkiosk:\n  pages: [city, beranda]\n".write(
            toFile: config, atomically: true, encoding: .utf8)
        try refused(
            sandbox, ["kiosk", "--config", config, "--data", store], naming: ["kiosk.pages[1]", "“beranda”", "baris 3"])
        try refused(
            sandbox, ["kiosk", "--config", config, "--lang", "en", "--data", store],
            naming: ["unknown page “beranda”", "city, opd, calendar, queue"])
    }
}
