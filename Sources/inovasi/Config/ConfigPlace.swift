import InovasiCore

/// Where the config file is looked for, and why there: `--config`, else `$XDG_CONFIG_HOME`, else
/// `~/.config`. One answer for the loader, `config path` and `config check`.
struct ConfigPlace: Sendable {
    /// Which rule chose the path.
    enum Source: Sendable {
        case option, xdg, home
    }

    /// The absolute path of the file.
    let path: String
    /// Why this path.
    let source: Source

    /// Whether `--config` named the file, so a missing one is an error rather than the defaults.
    var isExplicit: Bool { source == .option }

    init(option: String?, environment: [String: String]) {
        let home = Home.folder(environment)
        if let option {
            path = CommandContext.absolute(option, home: home)
            source = .option
        } else {
            path = DataLocation(environment: environment, home: home).configPath
            // The XDG rule: an unset, empty or relative value is ignored.
            source = environment["XDG_CONFIG_HOME"]?.hasPrefix("/") == true ? .xdg : .home
        }
    }
}
