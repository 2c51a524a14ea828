import Foundation
import Testing

@Suite("language, config file, help and usage errors")
struct LanguageAndConfigTests {
    @Test("the config file's language and overdue rule apply; --lang wins over it")
    func configApplies() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        _ = try sandbox.writeConfig("# Kota Contoh\ncityName: Kota Contoh\nlanguage: en\noverdueDays: 0\n")
        let english = try sandbox.run(["report"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("Kota Contoh — innovation progress"))
        #expect(english.stdout.contains("longer than 0 days"))
        let indonesian = try sandbox.run(["report", "--lang", "id"])
        #expect(indonesian.stdout.contains("Kota Contoh — kemajuan inovasi"))

        let queue = try sandbox.run(["queue", "--format", "json", "--limit", "1000"])
        let document = try queue.json()
        let rows = try #require(document["proposals"] as? [[String: Any]])
        #expect(rows.allSatisfy { ($0["ageDays"] as? Int ?? 0) == 0 || $0["overdue"] as? Bool == true })
    }

    @Test("an unknown key is refused naming the file and the key")
    func unknownKey() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let path = try sandbox.writeConfig("overdueDay: 7\n")
        let result = try sandbox.run(["report"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(path))
        #expect(result.stderr.contains("overdueDay"))
        #expect(result.stdout.isEmpty)
        let nested = try sandbox.writeConfig("scoring:\n  treshold: 4\n", name: "other.yaml")
        let second = try sandbox.run(["report", "--config", nested, "--lang", "en"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("Unknown key “scoring.treshold”"))
    }

    @Test("bad values, bad YAML and a missing --config file are refused with 1")
    func badValues() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let zone = try sandbox.writeConfig("timeZone: Mars/Olympus\n", name: "zone.yaml")
        let zoneResult = try sandbox.run(["report", "--config", zone])
        #expect(zoneResult.status == 1)
        #expect(zoneResult.stderr.contains("timeZone"))
        let yaml = try sandbox.writeConfig("cityName: [unclosed\n", name: "broken.yaml")
        let yamlResult = try sandbox.run(["report", "--config", yaml])
        #expect(yamlResult.status == 1)
        #expect(yamlResult.stderr.contains(yaml))
        let language = try sandbox.writeConfig("language: fr\n", name: "lang.yaml")
        let languageResult = try sandbox.run(["report", "--config", language])
        #expect(languageResult.status == 1)
        #expect(languageResult.stderr.contains("language"))
        let missing = try sandbox.run(["report", "--config", sandbox.path("nowhere.yaml")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nowhere.yaml"))
    }

    @Test("help follows --lang, and usage errors exit with 1")
    func helpAndUsage() throws {
        let sandbox = try CLISandbox()
        let help = try sandbox.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("report"))
        #expect(help.stdout.contains("Dasbor inovasi daerah"))
        let english = try sandbox.run(["--lang", "en", "queue", "--help"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("longest waiting first"))
        let unknown = try sandbox.run(["report", "--bogus"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("--bogus"))
        let language = try sandbox.run(["report", "--lang", "fr"])
        #expect(language.status == 1)
        #expect(language.stderr.contains("choose id or en"))
        #expect(language.stderr.contains("pilih id atau en"))
    }

    @Test("global options work before the subcommand too")
    func optionsBeforeSubcommand() throws {
        let sandbox = try CLISandbox()
        let path = try sandbox.makeDemo(at: sandbox.path("x.sqlite"))
        let result = try sandbox.run(["--data", path, "--lang", "en", "report"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("City total"))
    }
}
