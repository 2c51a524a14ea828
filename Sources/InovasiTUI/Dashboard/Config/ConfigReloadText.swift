import InovasiCore

/// What the dashboard says when it reads its config file again.
enum ConfigReloadText {
    /// The file was read and its settings apply.
    static let reloaded = Localized(id: "konfigurasi dimuat ulang", en: "configuration reloaded")
    /// The file is bad: the old settings stay; `problem` names the line.
    static func kept(_ problem: Localized) -> Localized {
        Localized(
            id: "konfigurasi lama tetap dipakai: \(problem.id)", en: "keeping the old configuration: \(problem.en)")
    }
    /// No config source was given to the runtime.
    static let unavailable = Localized(
        id: "konfigurasi tidak dapat dimuat ulang di sini", en: "the configuration cannot be reloaded here")
    /// The help line of `Ctrl-R`.
    static let reloadKey = Localized(id: "muat ulang konfigurasi", en: "reload the configuration")
}
