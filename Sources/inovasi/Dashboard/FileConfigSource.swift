import Foundation
import InovasiCore
import InovasiTUI

/// The dashboard's config port over the config file: `Ctrl-R` reads it again, the kiosk's tick only
/// when its size or modification time changed.
///
/// What the command line chose (`--lang`, `kiosk --interval`) is kept: the file does not override it.
final class FileConfigSource: ConfigSource {
    /// The file and whether `--config` named it (then a missing file is refused).
    let place: ConfigPlace
    /// Whether `--lang` chose the language.
    let languageFixed: Bool
    /// Whether `kiosk --interval` chose the interval.
    let intervalFixed: Bool
    /// Whether `--theme` chose the theme.
    let themeFixed: Bool
    /// Told the new settings, for the parts outside the state (the queue's scoring in the source).
    let applied: (Settings) -> Void
    /// Size and modification time at the last read.
    private var stamp: FileStamp?
    /// The language the file said at the last read: only a change of it switches the language, so
    /// a reload does not undo the person's `L`.
    private var lastLanguage: Language
    /// The theme the file said at the last read: only a change of it switches, so a reload does
    /// not undo the person's `T`.
    private var lastTheme: String?

    init(
        place: ConfigPlace, settings: Settings, languageFixed: Bool, themeFixed: Bool, intervalFixed: Bool,
        applied: @escaping (Settings) -> Void
    ) {
        self.place = place
        self.languageFixed = languageFixed
        self.intervalFixed = intervalFixed
        self.themeFixed = themeFixed
        self.lastTheme = settings.theme
        self.applied = applied
        self.lastLanguage = settings.language
        self.stamp = FileStamp(path: place.path)
    }

    func reloadConfig(onlyIfChanged: Bool) -> ConfigReload {
        let now = FileStamp(path: place.path)
        if onlyIfChanged, now == stamp { return .unchanged }
        stamp = now
        do {
            let settings = try ConfigLoader.load(path: place.path, explicit: place.isExplicit)
            let keyMap = try KeyConfig.keyMap(settings, file: place.path)
            let language = languageFixed || settings.language == lastLanguage ? nil : settings.language
            lastLanguage = settings.language
            let theme = themeFixed || settings.theme == lastTheme ? nil : settings.theme ?? ThemeCatalog.builtInName
            lastTheme = settings.theme
            applied(settings)
            return .loaded(
                LiveSettings(
                    language: language, overdueDays: settings.overdueDays, scoring: settings.scoring,
                    kioskInterval: intervalFixed ? nil : settings.kioskInterval, keyMap: keyMap, theme: theme))
        } catch {
            return .refused(Self.lineFirst(error, path: place.path))
        }
    }

    /// The message with its line first and the file by its name only: the status line cuts a long
    /// message at its end, and the line and the problem are what the person needs.
    static func lineFirst(_ error: ConfigError, path: String) -> Localized {
        let name = URL(fileURLWithPath: path).lastPathComponent
        func text(_ error: ConfigError) -> Localized {
            Localized(composing: { error.message($0).replacingOccurrences(of: path, with: name) })
        }
        guard case .onLine(let inner, let line) = error else { return text(error) }
        return ConfigCommandText.atLine(line, text(inner))
    }
}

/// What tells a changed file apart without reading it: size and modification time (nanoseconds).
struct FileStamp: Equatable {
    var size: Int64
    var seconds: Int
    var nanoseconds: Int

    /// The file's stamp, nil when there is none.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        seconds = info.st_mtim.tv_sec
        nanoseconds = info.st_mtim.tv_nsec
    }
}
