import InovasiCore

/// Where the dashboard reads its config file again (`Ctrl-R`, or the kiosk when the file changed).
///
/// The TUI module never reads files; the executable implements this over its config loader.
public protocol ConfigSource: AnyObject {
    /// The file read again; with `onlyIfChanged`, `.unchanged` when its size and modification time
    /// are those of the last read.
    func reloadConfig(onlyIfChanged: Bool) -> ConfigReload
}

/// What reading the config file again gave.
public enum ConfigReload: Hashable, Sendable {
    /// The file is as it was when last read.
    case unchanged
    /// The file is good: the settings that apply while the dashboard runs.
    case loaded(LiveSettings)
    /// The file is bad: the message names the line and the key; the old settings stay.
    case refused(Localized)
}

/// The settings a running dashboard takes from a reloaded config file; the others (the data file,
/// the city's name, the time zone, the holidays) need a restart.
public struct LiveSettings: Hashable, Sendable {
    /// The language to switch to; nil when `--lang` chose one, which the file does not override.
    public var language: Language?
    /// Days before a waiting proposal is overdue.
    public var overdueDays: Int
    /// The review rubric.
    public var scoring: ScoringRules
    /// Seconds between kiosk views; nil when `kiosk --interval` chose them.
    public var kioskInterval: Int?
    /// The key map with the file's `keys:` applied.
    public var keyMap: KeyMap
    /// The theme to switch to (a name or a file); nil when `--theme` chose one or the file's did not change.
    public var theme: String?

    /// The settings a reload gives, as the config source read them.
    public init(
        language: Language?, overdueDays: Int, scoring: ScoringRules, kioskInterval: Int?, keyMap: KeyMap,
        theme: String? = nil
    ) {
        self.language = language
        self.overdueDays = overdueDays
        self.scoring = scoring
        self.kioskInterval = kioskInterval
        self.keyMap = keyMap
        self.theme = theme
    }
}
