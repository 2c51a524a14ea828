import Foundation

extension Theme {
    /// Reads a theme file (own format or base16 scheme); a problem is a ``ThemeError`` naming
    /// the file and key, never a crash.
    public static func load(from file: URL) throws(ThemeError) -> Theme {
        let path = file.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw ThemeError(file: path, reason: .notFound)
        }
        guard let data = FileManager.default.contents(atPath: path),
            let yaml = String(data: data, encoding: .utf8)
        else {
            throw ThemeError(file: path, reason: .unreadable)
        }
        let stem = file.deletingPathExtension().lastPathComponent
        return try parse(yaml: yaml, file: path, defaultName: stem)
    }

    /// Parses theme text; `file` names the source in errors, `defaultName` is used when the text
    /// gives no name. Roles the text leaves out come from ``builtIn`` (see ``missingRoles``).
    public static func parse(
        yaml: String, file: String, defaultName: String = "theme"
    ) throws(ThemeError) -> Theme {
        try ThemeFileParser(file: file, defaultName: defaultName).parse(yaml)
    }
}
