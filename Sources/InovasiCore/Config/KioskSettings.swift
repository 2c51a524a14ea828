import Foundation

/// The `kiosk:` section of `config.yaml`: how the unattended office screen keeps itself fresh and
/// how a person may end it from the keyboard.
///
/// Every key is optional. The unlock sequence is kept as written (`"Ctrl-X q"`); the dashboard
/// reads the key names, because the names of keys belong to the terminal UI, not to the domain.
public struct KioskSettings: Codable, Hashable, Sendable {
    /// `unlock:` key names separated by spaces that end the kiosk; nil (the default) for none, so
    /// only a signal from a process (`kill`, the supervisor) ends it.
    public var unlock: String?
    /// `redrawMinutes:` minutes between full repaints, which wipe whatever a glitch left on screen.
    public var redrawMinutes: Int
    /// `shiftMinutes:` minutes between moves of the picture by one cell, against burn-in; 0 never.
    public var shiftMinutes: Int

    /// No unlock sequence, a full repaint every 5 minutes, a one-cell move every 10 minutes.
    public static let standard = KioskSettings(unlock: nil, redrawMinutes: 5, shiftMinutes: 10)

    /// Minutes `redrawMinutes` may be: one minute to a day.
    public static let redrawRange = 1...1_440
    /// Minutes `shiftMinutes` may be: 0 (never) to a day.
    public static let shiftRange = 0...1_440

    /// The settings with the given values.
    public init(unlock: String?, redrawMinutes: Int, shiftMinutes: Int) {
        self.unlock = unlock
        self.redrawMinutes = redrawMinutes
        self.shiftMinutes = shiftMinutes
    }
}

/// The `kiosk:` section as written in the file: each key optional, unknown keys refused.
public struct KioskSection: Decodable, Sendable, Equatable {
    /// `unlock:` the key names of the sequence that ends the kiosk.
    public var unlock: String?
    /// `redrawMinutes:` minutes between full repaints.
    public var redrawMinutes: Int?
    /// `shiftMinutes:` minutes between one-cell moves against burn-in.
    public var shiftMinutes: Int?

    /// Keys allowed under `kiosk:`.
    public static let keys = ["unlock", "redrawMinutes", "shiftMinutes"]

    /// Decodes the section, refusing unknown keys.
    public init(from decoder: any Decoder) throws {
        try ConfigFile.refuseUnknownKeys(in: decoder, allowed: Self.keys)
        let container = try decoder.container(keyedBy: ConfigKey.self)
        unlock = try container.decodeIfPresent(String.self, forKey: ConfigKey("unlock"))
        redrawMinutes = try container.decodeIfPresent(Int.self, forKey: ConfigKey("redrawMinutes"))
        shiftMinutes = try container.decodeIfPresent(Int.self, forKey: ConfigKey("shiftMinutes"))
    }

    /// A section with the given values.
    public init(unlock: String? = nil, redrawMinutes: Int? = nil, shiftMinutes: Int? = nil) {
        self.unlock = unlock
        self.redrawMinutes = redrawMinutes
        self.shiftMinutes = shiftMinutes
    }

    /// `settings` with this section's keys applied and checked; the error names the key.
    func applied(to settings: KioskSettings, file: String) throws(ConfigError) -> KioskSettings {
        var result = settings
        if let unlock {
            let words = unlock.split(separator: " ")
            guard !words.isEmpty, words.count <= 8 else {
                throw .invalidValue(file: file, key: "kiosk.unlock", expected: KioskConfigText.expectedUnlock)
            }
            result.unlock = words.joined(separator: " ")
        }
        if let redrawMinutes {
            guard KioskSettings.redrawRange.contains(redrawMinutes) else {
                throw .invalidValue(
                    file: file, key: "kiosk.redrawMinutes", expected: KioskConfigText.expectedRedrawMinutes)
            }
            result.redrawMinutes = redrawMinutes
        }
        if let shiftMinutes {
            guard KioskSettings.shiftRange.contains(shiftMinutes) else {
                throw .invalidValue(
                    file: file, key: "kiosk.shiftMinutes", expected: KioskConfigText.expectedShiftMinutes)
            }
            result.shiftMinutes = shiftMinutes
        }
        return result
    }
}
