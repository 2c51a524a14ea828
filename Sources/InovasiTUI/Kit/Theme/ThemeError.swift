import InovasiCore

/// Why a theme could not be used, naming the file and the key, so the person can fix it.
///
/// The program then falls back to ``Theme/builtIn`` and shows ``message``.
public struct ThemeError: Error, Hashable, Sendable {
    /// What is wrong.
    public enum Reason: Hashable, Sendable {
        /// No theme file of that name in any theme folder.
        case notFound
        /// The file exists but cannot be read (permissions, not UTF-8).
        case unreadable
        /// The YAML itself is broken; the parser's own words.
        case invalidYAML(String)
        /// The same key written twice in one mapping (the keys, comma-separated).
        case duplicateKey(String)
        /// A mapping was expected (`key: value` pairs).
        case notAMapping
        /// The key is not a role (or not a field of a role).
        case unknownKey
        /// A required key is missing.
        case missingKey
        /// A colour is not `#rrggbb`.
        case invalidColor(String)
        /// An attribute is not one of bold, dim, underline, reverse, italic.
        case unknownAttribute(String)
    }

    /// The file path (or the theme name, when no file was found).
    public let file: String
    /// The dotted key at fault, such as `roles.selection.fg`; nil for the file as a whole.
    public let key: String?
    /// Line in the file, from 1, when known.
    public let line: Int?
    /// What is wrong, for tests and for choosing a message.
    public let reason: Reason

    /// An error at `file` (and `key`, `line` when known).
    public init(file: String, key: String? = nil, line: Int? = nil, reason: Reason) {
        self.file = file
        self.key = key
        self.line = line
        self.reason = reason
    }

    /// The problem in both languages, naming file, key and line.
    public var message: Localized {
        let place = ThemeText.themePlace(file: file, key: key, line: line)
        let problem = ThemeText.themeProblem(reason)
        return Localized(composing: { "\(place.text($0)): \(problem.text($0))" })
    }

    /// ``message`` followed by the notice that the built-in theme is used instead.
    public var fallbackMessage: Localized {
        ThemeText.themeFallback(message)
    }
}
