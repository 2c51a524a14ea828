import Foundation

/// A page the kiosk can show on the office wall, by the name the config file uses.
public enum KioskPage: String, CaseIterable, Codable, Hashable, Sendable {
    /// The city's headline figures in large type.
    case city
    /// Every OPD's figures, a screenful at a time.
    case opd
    /// The coming two weeks of mentoring sessions as an agenda.
    case calendar
    /// The proposals waiting for review (number, OPD, title, age, status only).
    case queue
}

/// What the `kiosk:` section of `config.yaml` sets: which pages the wall shows and in which order,
/// how the unattended screen keeps itself fresh, and how a person may end it from the keyboard.
///
/// One type for the whole section, so a later key is added here and in ``ConfigFile/Kiosk`` and
/// nowhere else. The unlock sequence is kept as written (`"Ctrl-X q"`); the dashboard reads the key
/// names, because the names of keys belong to the terminal UI, not to the domain.
public struct KioskSettings: Codable, Hashable, Sendable {
    /// The pages in the order they are shown; never empty.
    public var pages: [KioskPage]
    /// `unlock:` key names separated by spaces that end the kiosk; nil (the default) for none, so
    /// only a signal from a process (`kill`, the supervisor) ends it.
    public var unlock: String?
    /// `redrawMinutes:` minutes between full repaints, which wipe whatever a glitch left on screen.
    public var redrawMinutes: Int
    /// `shiftMinutes:` minutes between moves of the picture by one cell, against burn-in; 0 never.
    public var shiftMinutes: Int

    /// Every page (city, OPD, calendar, queue), no unlock sequence, a full repaint every 5 minutes, a
    /// one-cell move every 10 minutes.
    public static let standard = KioskSettings(pages: KioskPage.allCases)

    /// Minutes `redrawMinutes` may be: one minute to a day.
    public static let redrawRange = 1...1_440
    /// Minutes `shiftMinutes` may be: 0 (never) to a day.
    public static let shiftRange = 0...1_440

    /// The settings with the given values.
    public init(pages: [KioskPage], unlock: String? = nil, redrawMinutes: Int = 5, shiftMinutes: Int = 10) {
        self.pages = pages
        self.unlock = unlock
        self.redrawMinutes = redrawMinutes
        self.shiftMinutes = shiftMinutes
    }
}
