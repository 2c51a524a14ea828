import Foundation
import InovasiCore

/// How the kiosk keeps itself fresh and how it may be ended from the keyboard: the `kiosk:` section
/// of the config with its key names read.
public struct KioskRules: Hashable, Sendable {
    /// The keys that, typed in order, end the kiosk; empty (the default) for none.
    public var unlock: [Key]
    /// Seconds between full repaints (clear and draw every cell again).
    public var redrawInterval: TimeInterval
    /// Seconds between one-cell moves of the picture against burn-in; 0 never moves it.
    public var shiftInterval: TimeInterval

    /// No unlock sequence, a full repaint every 5 minutes, a move every 10 minutes.
    public static let standard = KioskRules(unlock: [], redrawInterval: 300, shiftInterval: 600)

    /// Seconds an unlock sequence may take from its first key to its last.
    public static let unlockWindow: TimeInterval = 10

    /// Rules with the given values.
    public init(unlock: [Key], redrawInterval: TimeInterval, shiftInterval: TimeInterval) {
        self.unlock = unlock
        self.redrawInterval = redrawInterval
        self.shiftInterval = shiftInterval
    }

    /// The rules of `settings`; a key name of `unlock` that ``Key/init(name:)`` does not read is
    /// refused with a message naming it, so a typo never leaves a kiosk that cannot be unlocked.
    public init(_ settings: KioskSettings) throws(KioskRulesError) {
        var keys: [Key] = []
        for word in (settings.unlock ?? "").split(separator: " ") {
            guard let key = Key(name: String(word)) else { throw KioskRulesError(name: String(word)) }
            keys.append(key)
        }
        self.init(
            unlock: keys, redrawInterval: TimeInterval(settings.redrawMinutes * 60),
            shiftInterval: TimeInterval(settings.shiftMinutes * 60))
    }
}

/// A key name in `kiosk.unlock` the dashboard does not know.
public struct KioskRulesError: Error, Hashable, Sendable {
    /// The name as written.
    public var name: String

    /// What went wrong, in both languages, naming the key and the name.
    public var message: Localized { KioskConfigText.unknownUnlockKey(name) }
}
