import Foundation
import InovasiCore
import Testing

@Suite("Config: the kiosk section")
struct KioskSettingsTests {
    func settings(_ json: String) throws -> Settings {
        try JSONDecoder().decode(ConfigFile.self, from: Data(json.utf8)).applied(to: .standard, file: "c.yaml")
    }

    @Test("every page in the order city, opd, calendar, queue unless the config says otherwise")
    func standardPages() throws {
        #expect(try settings("{}").kiosk.pages == [.city, .opd, .calendar, .queue])
        #expect(try settings(#"{"kioskInterval": 30}"#).kioskInterval == 30)
    }

    @Test("kiosk.pages sets the pages and their order, in any case")
    func configuredOrder() throws {
        let kiosk = try settings(#"{"kiosk": {"pages": ["queue", "City", "calendar"]}, "kioskInterval": 9}"#)
        #expect(kiosk.kiosk.pages == [.queue, .city, .calendar])
        #expect(kiosk.kioskInterval == 9)
    }

    @Test("an unknown page is refused naming it and its place; an empty list too")
    func unknownPage() throws {
        do {
            _ = try settings(#"{"kiosk": {"pages": ["city", "home"]}}"#)
            Issue.record("an unknown page was accepted")
        } catch let error as ConfigError {
            #expect(error.key == "kiosk.pages[1]")
            #expect(error.message(.id).contains("“home”"))
            #expect(error.message(.en).contains("unknown page “home”"))
        }
        #expect(
            throws: ConfigError.invalidValue(
                file: "c.yaml", key: "kiosk.pages", expected: ConfigText.expectedKioskPages)
        ) {
            _ = try settings(#"{"kiosk": {"pages": []}}"#)
        }
    }

    @Test("an unknown key under kiosk is refused with its path")
    func unknownKey() throws {
        do {
            _ = try JSONDecoder().decode(ConfigFile.self, from: Data(#"{"kiosk": {"page": ["city"]}}"#.utf8))
            Issue.record("an unknown key was accepted")
        } catch let error as ConfigFile.UnknownKey {
            #expect(error.path == "kiosk.page")
            #expect(error.known == ["pages", "unlock", "redrawMinutes", "shiftMinutes"])
        }
    }
}
