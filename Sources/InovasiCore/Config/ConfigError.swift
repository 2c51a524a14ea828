/// A config file that cannot be used, naming the file and the key, so the fix is obvious.
public enum ConfigError: Error, Equatable, Sendable {
    /// The file given with `--config` does not exist.
    case notFound(file: String)
    /// The file exists but cannot be read; `reason` says why in our own words.
    case unreadable(file: String, reason: Localized)
    /// The path names something other than a regular file (a FIFO, a device, a folder): `kind`.
    case notRegularFile(file: String, kind: Localized)
    /// The file is not valid YAML; `line` and `column` (from 1) say where, when known.
    ///
    /// The parser's own problem text is English and may quote the file, so only the place is kept.
    case syntax(file: String, line: Int?, column: Int?)
    /// The file is YAML, but its top level is not a mapping of keys to values.
    case notAMapping(file: String)
    /// A key this version does not know (often a typo).
    case unknownKey(file: String, key: String, known: [String])
    /// A known key with a value of the wrong type or out of range.
    case invalidValue(file: String, key: String, expected: Localized)
    /// `error` (about a key) at `line` (from 1) of the file, where the reader could find the key.
    indirect case onLine(ConfigError, line: Int)
    /// A problem under `keys:` (an unknown context, action or key name, a conflict) at `key`
    /// (`keys.queue.take`); `problem` says what, naming the actions.
    case keyBinding(file: String, key: String, problem: Localized)

    /// A clear message in the given language naming what is wrong and where.
    public func message(_ language: Language) -> String {
        switch self {
        case .notFound(let file): ConfigText.notFound(file: file).text(language)
        case .unreadable(let file, let reason): ConfigText.unreadable(file: file, reason: reason).text(language)
        case .notRegularFile(let file, let kind): ConfigText.notRegularFile(file: file, kind: kind).text(language)
        case .syntax(let file, let line, let column):
            ConfigText.syntax(file: file, line: line, column: column).text(language)
        case .notAMapping(let file): ConfigText.notAMapping(file: file).text(language)
        case .unknownKey(let file, let key, let known):
            ConfigText.unknownKey(file: file, name: Self.shownKey(key), known: known.joined(separator: ", "))
                .text(language)
        case .invalidValue(let file, let key, let expected):
            ConfigText.invalidValue(file: file, name: Self.shownKey(key) ?? "?", expected: expected).text(language)
        case .onLine(let error, let line): ConfigText.onLine(error.message(language), line: line).text(language)
        case .keyBinding(let file, _, let problem): ConfigText.keyBinding(file: file, problem: problem).text(language)
        }
    }

    /// The dotted key the error is about (`scoring.minimums.kewenangan`), when it is about one.
    public var key: String? {
        switch self {
        case .unknownKey(_, let key, _), .invalidValue(_, let key, _), .keyBinding(_, let key, _): key
        case .onLine(let error, _): error.key
        default: nil
        }
    }

    /// Translates what a decoder threw while reading `file` into an error naming the key.
    public static func from(decoding error: any Error, file: String) -> ConfigError {
        if let unknown = error as? ConfigFile.UnknownKey {
            return .unknownKey(file: file, key: unknown.path, known: unknown.known)
        }
        guard let decoding = error as? DecodingError else {
            return .syntax(file: file, line: nil, column: nil)
        }
        switch decoding {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else { return .syntax(file: file, line: nil, column: nil) }
            return .invalidValue(file: file, key: keyPath(context.codingPath), expected: expectation(for: context))
        case .keyNotFound(let key, let context):
            return .invalidValue(
                file: file, key: keyPath(context.codingPath + [key]), expected: ConfigText.expectedText)
        @unknown default:
            return .syntax(file: file, line: nil, column: nil)
        }
    }

    /// `key` when it reads as a key name (letters, digits, `_ . - [ ]`, at most 64), else nil.
    ///
    /// A file that is not a config file at all (`--config /etc/shadow`) makes a whole line look
    /// like a key; echoing it would print the file's secrets, so such a key is never shown.
    static func shownKey(_ key: String) -> String? {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-[]")
        guard !key.isEmpty, key.count <= 64, key.allSatisfy({ allowed.contains($0) }) else { return nil }
        return key
    }

    static func keyPath(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            .joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }

    static func expectation(for context: DecodingError.Context) -> Localized {
        switch context.codingPath.first?.stringValue {
        case "language": ConfigText.expectedLanguage
        case "overdueDays": ConfigText.expectedDays
        case "kioskInterval": ConfigText.expectedSeconds
        case "kiosk": KioskConfigText.expected(context.codingPath.dropFirst().first?.stringValue)
        case "affairs": ConfigText.expectedAffairs
        case "kiosk": ConfigText.expectedKioskPages
        case "scoring" where context.codingPath.dropFirst().first?.stringValue == "minimums":
            ConfigText.expectedMinimum
        case "scoring": ConfigText.expectedScoring
        case "keys": ConfigText.expectedKeys
        default: ConfigText.expectedText
        }
    }
}
