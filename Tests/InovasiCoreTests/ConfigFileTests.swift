import Foundation
import InovasiCore
import Testing

@Suite("ConfigFile and DataLocation")
struct ConfigFileTests {
    func decode(_ json: String) throws -> ConfigFile {
        try JSONDecoder().decode(ConfigFile.self, from: Data(json.utf8))
    }

    @Test("applies every known key onto the defaults")
    func appliesKeys() throws {
        let file = try decode(
            """
            {"cityName": "Kota Serang", "timeZone": "Asia/Makassar", "language": "en", "overdueDays": 7,
             "scoring": {"weights": {"renewal": 2}, "threshold": 4}, "affairs": ["kesehatan"], "kioskInterval": 5}
            """)
        let settings = try file.applied(to: .standard, file: "c.yaml")
        #expect(settings.cityName == "Kota Serang")
        #expect(settings.timeZoneIdentifier == "Asia/Makassar")
        #expect(settings.language == .en)
        #expect(settings.overdueDays == 7)
        #expect(settings.scoring.weights[.renewal] == 2)
        #expect(settings.scoring.weights[.benefit] == 1)
        #expect(settings.scoring.threshold == 4)
        #expect(settings.affairs == ["kesehatan"])
        #expect(settings.kioskInterval == 5)
        #expect(try ConfigFile().applied(to: .standard, file: "c.yaml") == .standard)
    }

    @Test("refuses an unknown key, naming it with its path")
    func unknownKeys() throws {
        do {
            _ = try decode(#"{"scoring": {"treshold": 4}}"#)
            Issue.record("decoding should fail")
        } catch {
            let config = ConfigError.from(decoding: error, file: "/etc/c.yaml")
            #expect(
                config
                    == .unknownKey(
                        file: "/etc/c.yaml", key: "scoring.treshold", known: ["weights", "threshold", "minimums"]))
            #expect(config.message(.en).contains("scoring.treshold"))
            #expect(config.message(.id).contains("/etc/c.yaml"))
        }
        let weights = try decode(#"{"scoring": {"weights": {"novelty": 1}}}"#)
        #expect(throws: ConfigError.self) { try weights.applied(to: .standard, file: "c.yaml") }
    }

    @Test("names the key of a value of the wrong type or range")
    func invalidValues() throws {
        do {
            _ = try decode(#"{"overdueDays": "two weeks"}"#)
            Issue.record("decoding should fail")
        } catch {
            let config = ConfigError.from(decoding: error, file: "c.yaml")
            guard case .invalidValue(_, let key, _) = config else {
                Issue.record("wrong error \(config)")
                return
            }
            #expect(key == "overdueDays")
        }
        let cases: [(String, String)] = [
            (#"{"timeZone": "Mars/Olympus"}"#, "timeZone"), (#"{"overdueDays": -1}"#, "overdueDays"),
            (#"{"kioskInterval": 0}"#, "kioskInterval"), (#"{"affairs": []}"#, "affairs"),
            (#"{"scoring": {"threshold": 9}}"#, "scoring.threshold"), (#"{"cityName": " "}"#, "cityName"),
        ]
        for (json, key) in cases {
            let file = try decode(json)
            #expect(throws: ConfigError.invalidValue(file: "c.yaml", key: key, expected: expected(key))) {
                try file.applied(to: .standard, file: "c.yaml")
            }
        }
    }

    func expected(_ key: String) -> Localized {
        switch key {
        case "timeZone": ConfigText.expectedZone
        case "overdueDays": ConfigText.expectedDays
        case "kioskInterval": ConfigText.expectedSeconds
        case "affairs": ConfigText.expectedAffairs
        case "cityName": ConfigText.expectedText
        default: ConfigText.expectedScoring
        }
    }

    @Test("follows XDG rules and ignores relative or empty variables")
    func locations() {
        let xdg = DataLocation(environment: ["XDG_DATA_HOME": "/d/", "XDG_CONFIG_HOME": "/c"], home: "/home/u")
        #expect(xdg.storePath == "/d/inovasi/inovasi.sqlite")
        #expect(xdg.demoStorePath == "/d/inovasi/demo.sqlite")
        #expect(xdg.configPath == "/c/inovasi/config.yaml")
        let fallback = DataLocation(environment: ["XDG_DATA_HOME": "rel", "XDG_CONFIG_HOME": ""], home: "/home/u")
        #expect(fallback.storePath == "/home/u/.local/share/inovasi/inovasi.sqlite")
        #expect(fallback.configPath == "/home/u/.config/inovasi/config.yaml")
    }
}

@Suite("ConfigFile: scoring.minimums")
struct ConfigMinimumTests {
    func applied(_ json: String) throws -> Settings {
        try JSONDecoder().decode(ConfigFile.self, from: Data(json.utf8)).applied(to: .standard, file: "c.yaml")
    }

    @Test("minimums by raw name or Indonesian alias; the others keep 3")
    func minimums() throws {
        let settings = try applied(#"{"scoring": {"minimums": {"kewenangan": 4, "renewal": 2}}}"#)
        #expect(settings.scoring.minimum(.withinAuthority) == 4)
        #expect(settings.scoring.minimum(.renewal) == 2)
        #expect(settings.scoring.minimum(.benefit) == 3)
    }

    @Test("an unknown criterion or a minimum off the 1–5 scale is refused naming the key")
    func refusals() throws {
        #expect(
            throws: ConfigError.unknownKey(
                file: "c.yaml", key: "scoring.minimums.novelty", known: ReviewCriterion.allCases.map(\.rawValue))
        ) { try applied(#"{"scoring": {"minimums": {"novelty": 3}}}"#) }
        #expect(
            throws: ConfigError.invalidValue(
                file: "c.yaml", key: "scoring.minimums.kewenangan", expected: ConfigText.expectedMinimum)
        ) { try applied(#"{"scoring": {"minimums": {"kewenangan": 0}}}"#) }
        do {
            _ = try JSONDecoder().decode(
                ConfigFile.self, from: Data(#"{"scoring": {"minimums": {"kewenangan": "tiga"}}}"#.utf8))
            Issue.record("decoding should fail")
        } catch {
            let config = ConfigError.from(decoding: error, file: "c.yaml")
            #expect(
                config
                    == .invalidValue(
                        file: "c.yaml", key: "scoring.minimums.kewenangan", expected: ConfigText.expectedMinimum))
        }
    }
}
