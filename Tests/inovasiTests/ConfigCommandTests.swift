import Foundation
import Testing

@Suite("inovasi config check, example, path and keys")
struct ConfigCommandTests {
    /// The lines of `text`, one per problem.
    func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    @Test("check names every problem with its line and key, and exits 1")
    func checkProblems() throws {
        let sandbox = try CLISandbox()
        let file = try sandbox.writeConfig(
            """
            # a config with one problem of each kind
            overdueDay: 7
            language: fr
            kioskInterval: soon
            overdueDays: 9999
            keys:
              queue:
                take: [T, s]
                nope: x
              global:
                quit: Hyper-Q
            """, name: "bad.yaml")
        let result = try sandbox.run(["config", "check", file, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let problems = lines(result.stderr)
        #expect(problems.count == 8, "\(result.stderr)")
        #expect(
            problems[0]
                == "Unknown key “overdueDay” in config file \(file). Known keys: cityName, timeZone, language, overdueDays, scoring, affairs, kioskInterval, theme, keys, kiosk (line 2)"
        )
        #expect(
            problems[1].hasPrefix("Invalid value for key “language”")
                && problems[1].hasSuffix("must be id or en (line 3)"))
        #expect(problems[2].contains("“kioskInterval”") && problems[2].hasSuffix("(line 4)"))
        #expect(problems[3].contains("“overdueDays”") && problems[3].hasSuffix("from 0 to 3650 (line 5)"))
        #expect(problems[4].hasSuffix("key s is bound to two actions in context queue: take and score (line 8)"))
        #expect(problems[5].contains("no action “nope” in context queue") && problems[5].hasSuffix("(line 9)"))
        #expect(
            problems[6].contains("unknown key name “Hyper-Q” for action quit") && problems[6].hasSuffix("(line 11)"))
        #expect(problems[7] == "7 problem(s) found")
    }

    @Test("check names the line of a YAML syntax error and of an unknown key context")
    func checkSyntaxAndContext() throws {
        let sandbox = try CLISandbox()
        let broken = try sandbox.writeConfig("cityName: Kota\nlanguage: [en\n", name: "broken.yaml")
        let syntax = try sandbox.run(["config", "check", broken])
        #expect(syntax.status == 1)
        #expect(syntax.stderr.contains("bukan YAML yang sah (baris 3"))
        let context = try sandbox.writeConfig("keys:\n  kueue:\n    take: T\n", name: "context.yaml")
        let unknown = try sandbox.run(["config", "check", context, "--lang", "en"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown key context “kueue”"))
        #expect(unknown.stderr.contains("(line 2)"))
    }

    @Test("a good file is baik/OK with 0; a missing --config file is refused")
    func checkClean() throws {
        let sandbox = try CLISandbox()
        let file = try sandbox.writeConfig("keys:\n  queue:\n    take: [T, Ctrl-T]\n  global:\n    help: F1\n")
        let indonesian = try sandbox.run(["config", "check"])
        #expect(indonesian.status == 0, "\(indonesian.stderr)")
        #expect(indonesian.stdout == "baik: \(file)\n")
        let english = try sandbox.run(["config", "check", "--lang", "en"])
        #expect(english.stdout == "OK: \(file)\n")
        let missing = try sandbox.run(["config", "check", sandbox.path("none.yaml")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("tidak ditemukan"))
    }

    @Test("the example, in either language, is complete and passes check")
    func example() throws {
        let sandbox = try CLISandbox()
        for language in ["id", "en"] {
            let example = try sandbox.run(["config", "example", "--lang", language])
            #expect(example.status == 0)
            for key in [
                "cityName:", "timeZone:", "language:", "overdueDays:", "scoring:", "affairs:", "kioskInterval:",
                "theme:", "keys:",
            ] {
                #expect(example.stdout.contains("\n" + key), "\(key) missing")
            }
            #expect(example.stdout.contains("#     take: [\"t\"]"))
            let file = sandbox.path("example-\(language).yaml")
            try Data(example.stdout.utf8).write(to: URL(fileURLWithPath: file))
            let check = try sandbox.run(["config", "check", file, "--lang", "en"])
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stdout == "OK: \(file)\n")
            // Every commented key binding uncommented: the standard keys bound to themselves pass too.
            let uncommented = example.stdout.split(separator: "\n").map { line in
                line.hasPrefix("#   ") ? "  " + line.dropFirst(4) : String(line)
            }.joined(separator: "\n")
            let full = sandbox.path("full-\(language).yaml")
            try Data(uncommented.utf8).write(to: URL(fileURLWithPath: full))
            let fullCheck = try sandbox.run(["config", "check", full])
            #expect(fullCheck.status == 0, "\(fullCheck.stderr)")
        }
    }

    @Test("path says where the file is looked for, which rule chose it and whether it exists")
    func path() throws {
        let sandbox = try CLISandbox()
        let absent = try sandbox.run(["config", "path", "--lang", "en"])
        #expect(absent.status == 0)
        #expect(absent.stdout.contains("Config file: \(sandbox.configHome)/inovasi/config.yaml\n"))
        #expect(absent.stdout.contains("Chosen by: $XDG_CONFIG_HOME"))
        #expect(absent.stdout.contains("Exists: no"))
        _ = try sandbox.writeConfig("language: en\n")
        let present = try sandbox.run(["config", "path"])
        #expect(present.stdout.contains("Exists: yes"))
        let home = try sandbox.run(["config", "path"], environment: ["XDG_CONFIG_HOME": ""])
        #expect(home.stdout.contains("/home/.config/inovasi/config.yaml"))
        #expect(home.stdout.contains("~/.config"))
        let option = try sandbox.run(["config", "path", "--config", sandbox.path("mine.yaml"), "--lang", "id"])
        #expect(option.stdout.contains("Berkas konfigurasi: \(sandbox.path("mine.yaml"))"))
        #expect(option.stdout.contains("Dipilih oleh: opsi --config"))
        #expect(option.stdout.contains("Ada: tidak"))
    }

    @Test("keys prints every context with the keys in force, in the chosen language")
    func keys() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.writeConfig("keys:\n  queue:\n    take: [T, Ctrl-T]\n")
        let result = try sandbox.run(["config", "keys", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let contexts = [
            "global", "progress", "queue", "calendarMonth", "calendarWeek", "calendarAgenda", "dayDetail",
            "opdDetail", "proposalDetail", "audit", "admin", "help", "search", "form", "textInput", "kiosk",
        ]
        for context in contexts {
            #expect(result.stdout.contains("\n\(context):\n") || result.stdout.hasPrefix("\(context):\n"), "\(context)")
        }
        let take = lines(result.stdout).first { $0.hasPrefix("  take ") }
        #expect(take?.contains("T Ctrl-T") == true)
        #expect(take?.contains("take for review") == true)
        let indonesian = try sandbox.run(["config", "keys", "--lang", "id"])
        #expect(indonesian.stdout.contains("muat ulang konfigurasi"))
        _ = try sandbox.writeConfig("keys:\n  queue:\n    take: s\n")
        let conflict = try sandbox.run(["config", "keys", "--lang", "en"])
        #expect(conflict.status == 1)
        #expect(conflict.stderr.contains("take and score"))
    }
}
