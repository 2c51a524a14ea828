import Foundation

/// Finds theme files in the folders of DESIGN §7 and picks one, never failing for want of a theme.
///
/// Lookup order: a `--theme` path, or a name searched in `$XDG_CONFIG_HOME/inovasi/themes`,
/// `/usr/local/share/inovasi/themes`, `/usr/share/inovasi/themes`, `./Themes`, then the built-in
/// theme. A broken or missing file gives the built-in theme plus a warning to show.
public struct ThemeCatalog: Hashable, Sendable {
    /// One theme that can be chosen: a file, or the built-in theme (``file`` nil).
    public struct Entry: Hashable, Sendable {
        /// The file name without extension; what `--theme NAME` matches.
        public let name: String
        /// The theme file; nil for the built-in theme.
        public let file: URL?

        /// An entry for the theme called `name` in `file` (nil: built in).
        public init(name: String, file: URL?) {
            self.name = name
            self.file = file
        }
    }

    /// The name that stands for the built-in theme when no file of that name exists.
    public static let builtInName = "default"
    /// Folders searched, first wins.
    public let folders: [URL]

    /// A catalog over `folders`, searched in order; tests pass temporary folders.
    public init(folders: [URL]) {
        self.folders = folders
    }

    /// The catalog over the standard folders, for the running program.
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) -> ThemeCatalog {
        ThemeCatalog(folders: standardFolders(environment: environment, currentDirectory: currentDirectory))
    }

    /// The standard folders in lookup order, from the environment (`XDG_CONFIG_HOME`, `HOME`).
    public static func standardFolders(environment: [String: String], currentDirectory: URL) -> [URL] {
        var folders: [URL] = []
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            folders.append(URL(fileURLWithPath: config).appendingPathComponent("inovasi/themes"))
        } else if let home = environment["HOME"], !home.isEmpty {
            folders.append(URL(fileURLWithPath: home).appendingPathComponent(".config/inovasi/themes"))
        }
        folders.append(URL(fileURLWithPath: "/usr/local/share/inovasi/themes"))
        folders.append(URL(fileURLWithPath: "/usr/share/inovasi/themes"))
        folders.append(currentDirectory.appendingPathComponent("Themes"))
        return folders
    }

    /// Every theme that can be chosen, for cycling at run time: files by name (the first folder
    /// wins), `default` first: the built-in theme, unless a file named `default` replaces it.
    public func entries() -> [Entry] {
        var seen = Set<String>()
        var files: [Entry] = []
        for folder in folders {
            for file in Self.themeFiles(in: folder) {
                let name = file.deletingPathExtension().lastPathComponent
                guard seen.insert(name).inserted else { continue }
                files.append(Entry(name: name, file: file))
            }
        }
        guard let index = files.firstIndex(where: { $0.name == Self.builtInName }) else {
            return [Entry(name: Self.builtInName, file: nil)] + files
        }
        let defaultFile = files.remove(at: index)
        return [defaultFile] + files
    }

    /// The entry after `name` in ``entries()``, wrapping around; the first when `name` is unknown.
    public func entry(after name: String?) -> Entry {
        let all = entries()
        guard let index = all.firstIndex(where: { $0.name == name }) else {
            return all.first ?? Entry(name: Self.builtInName, file: nil)
        }
        return all[(index + 1) % all.count]
    }

    /// The theme for `--theme` (a path or a name; nil for the default), or the built-in one with a warning.
    public func select(_ request: String?) -> ThemeSelection {
        let wanted = request?.trimmingCharacters(in: .whitespaces) ?? ""
        if Self.isPath(wanted) {
            let url = URL(fileURLWithPath: wanted)
            return load(Entry(name: url.deletingPathExtension().lastPathComponent, file: url))
        }
        let name = wanted.isEmpty ? Self.builtInName : wanted
        if let entry = entries().first(where: { $0.name == name }) { return load(entry) }
        let warning = ThemeError(file: name, reason: .notFound)
        return ThemeSelection(theme: .builtIn, entry: Entry(name: Self.builtInName, file: nil), warning: warning)
    }

    /// Loads one entry; a broken file gives the built-in theme and the error as a warning.
    public func load(_ entry: Entry) -> ThemeSelection {
        guard let file = entry.file else { return ThemeSelection(theme: .builtIn, entry: entry, warning: nil) }
        do {
            return ThemeSelection(theme: try Theme.load(from: file), entry: entry, warning: nil)
        } catch {
            return ThemeSelection(theme: .builtIn, entry: entry, warning: error)
        }
    }

    static func isPath(_ request: String) -> Bool {
        request.contains("/") || request.hasSuffix(".yaml") || request.hasSuffix(".yml")
    }

    static func themeFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .filter { !$0.hasPrefix(".") }
            .sorted()
            .map { folder.appendingPathComponent($0) }
    }
}

/// The outcome of choosing a theme: always a usable theme, and a warning when the wish failed.
public struct ThemeSelection: Hashable, Sendable {
    /// The theme to use: the one asked for, or the built-in one.
    public let theme: Theme
    /// The entry chosen; for a failed choice, the entry that was asked for.
    public let entry: ThemeCatalog.Entry
    /// Why the built-in theme is shown instead of the one asked for; show its ``ThemeError/fallbackMessage``.
    public let warning: ThemeError?

    /// The outcome of a choice; `warning` is nil when the wish was met.
    public init(theme: Theme, entry: ThemeCatalog.Entry, warning: ThemeError?) {
        self.theme = theme
        self.entry = entry
        self.warning = warning
    }
}
