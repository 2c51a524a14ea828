/// Where the store, the demo store and the config file live by default, following the XDG base
/// directory rules so backups and dotfile managers find them where they expect.
///
/// Pure: the caller passes the environment and the home folder, so tests need no real home.
public struct DataLocation: Sendable, Equatable {
    /// `$XDG_DATA_HOME/inovasi`, or `~/.local/share/inovasi`.
    public var dataFolder: String
    /// `$XDG_CONFIG_HOME/inovasi`, or `~/.config/inovasi`.
    public var configFolder: String
    /// `$XDG_STATE_HOME/inovasi`, or `~/.local/state/inovasi`: the dashboard's log.
    public var stateFolder: String

    /// Resolves the folders; an unset, empty or relative XDG variable is ignored, as the spec says.
    public init(environment: [String: String], home: String) {
        dataFolder = Self.base(environment["XDG_DATA_HOME"], fallback: home + "/.local/share") + "/inovasi"
        configFolder = Self.base(environment["XDG_CONFIG_HOME"], fallback: home + "/.config") + "/inovasi"
        stateFolder = Self.base(environment["XDG_STATE_HOME"], fallback: home + "/.local/state") + "/inovasi"
    }

    /// The real store: `…/inovasi/inovasi.sqlite`.
    public var storePath: String { dataFolder + "/inovasi.sqlite" }
    /// The demo store used when no real store exists: `…/inovasi/demo.sqlite`.
    public var demoStorePath: String { dataFolder + "/demo.sqlite" }
    /// Where the dashboard's standard error goes while it draws (a crash's backtrace among it).
    public var logPath: String { stateFolder + "/inovasi.log" }
    /// The config file: `…/inovasi/config.yaml`.
    public var configPath: String { configFolder + "/config.yaml" }

    static func base(_ value: String?, fallback: String) -> String {
        guard let value, value.hasPrefix("/") else { return fallback }
        var trimmed = Substring(value)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
