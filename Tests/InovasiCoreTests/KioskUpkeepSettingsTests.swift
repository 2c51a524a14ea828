import Foundation
import InovasiCore
import Testing

/// The `kiosk:` section of the config: the unlock sequence, the repaint and the burn-in minutes.
@Suite("Config: the kiosk section, its repaint, burn-in and unlock keys")
struct KioskUpkeepSettingsTests {
    func applied(_ json: String) throws -> Settings {
        let file = try JSONDecoder().decode(ConfigFile.self, from: Data(json.utf8))
        return try file.applied(to: .standard, file: "config.yaml")
    }

    @Test("by default: no unlock sequence, a repaint every 5 minutes, a move every 10")
    func defaults() throws {
        let settings = try applied("{}")
        #expect(settings.kiosk == .standard)
        #expect(settings.kiosk.unlock == nil)
        #expect(settings.kiosk.redrawMinutes == 5)
        #expect(settings.kiosk.shiftMinutes == 10)
    }

    @Test("each key is read; the unlock sequence keeps its key names")
    func keys() throws {
        let settings = try applied(#"{"kiosk": {"unlock": "Ctrl-X  q", "redrawMinutes": 2, "shiftMinutes": 0}}"#)
        #expect(
            settings.kiosk
                == KioskSettings(pages: KioskPage.allCases, unlock: "Ctrl-X q", redrawMinutes: 2, shiftMinutes: 0))
    }

    @Test(
        "a value out of range names its key",
        arguments: [
            (#"{"kiosk": {"redrawMinutes": 0}}"#, "kiosk.redrawMinutes"),
            (#"{"kiosk": {"shiftMinutes": -1}}"#, "kiosk.shiftMinutes"),
            (#"{"kiosk": {"unlock": "  "}}"#, "kiosk.unlock"),
        ])
    func outOfRange(json: String, key: String) {
        #expect {
            try applied(json)
        } throws: { error in
            guard case ConfigError.invalidValue(_, let named, _) = error else { return false }
            return named == key
        }
    }

    @Test("an unknown key under kiosk: is refused with its path")
    func unknownKey() {
        #expect {
            try applied(#"{"kiosk": {"unlok": "q"}}"#)
        } throws: { error in
            (error as? ConfigFile.UnknownKey)?.path == "kiosk.unlok"
        }
    }
}
