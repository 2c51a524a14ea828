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

    /// A clear message in the given language naming what is wrong and where.
    public func message(_ language: Language) -> String {
        switch self {
        case .notFound(let file):
            return Localized(
                id: "Berkas konfigurasi tidak ditemukan: \(file)",
                en: "Config file not found: \(file)"
            ).text(language)
        case .unreadable(let file, let reason):
            return Localized(
                id: "Berkas konfigurasi \(file) tidak dapat dibaca: \(reason.id).",
                en: "Cannot read config file \(file): \(reason.en)."
            ).text(language)
        case .notRegularFile(let file, let kind):
            return Localized(
                id: "Berkas konfigurasi \(file) bukan berkas biasa, melainkan \(kind.id): beri jalur berkas YAML.",
                en: "Config file \(file) is not a regular file but \(kind.en): give the path of a YAML file."
            ).text(language)
        case .syntax(let file, let line, let column):
            return Self.syntaxMessage(file: file, line: line, column: column).text(language)
        case .notAMapping(let file):
            return Localized(
                id: "Berkas konfigurasi \(file) harus berisi pasangan kunci: nilai, misalnya `language: en`",
                en: "Config file \(file) must hold key: value pairs, e.g. `language: en`"
            ).text(language)
        case .unknownKey(let file, let key, let known):
            let list = known.joined(separator: ", ")
            guard let name = Self.shownKey(key) else {
                return Localized(
                    id: "Berkas konfigurasi \(file) berisi kunci yang bukan nama kunci (tidak ditampilkan); "
                        + "apakah ini berkas konfigurasi? Kunci yang dikenal: \(list)",
                    en: "Config file \(file) holds a key that is not a key name (not shown); "
                        + "is it a config file? Known keys: \(list)"
                ).text(language)
            }
            return Localized(
                id: "Kunci tidak dikenal “\(name)” di berkas konfigurasi \(file). Kunci yang dikenal: \(list)",
                en: "Unknown key “\(name)” in config file \(file). Known keys: \(list)"
            ).text(language)
        case .invalidValue(let file, let key, let expected):
            let name = Self.shownKey(key) ?? "?"
            return Localized(
                id: "Nilai kunci “\(name)” di berkas konfigurasi \(file) tidak sah: \(expected.id)",
                en: "Invalid value for key “\(name)” in config file \(file): \(expected.en)"
            ).text(language)
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
            return .invalidValue(file: file, key: keyPath(context.codingPath + [key]), expected: .expectedText)
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

    static func syntaxMessage(file: String, line: Int?, column: Int?) -> Localized {
        guard let line else {
            return Localized(
                id: "Berkas konfigurasi \(file) bukan YAML yang sah.", en: "Config file \(file) is not valid YAML.")
        }
        let at = column.map { (id: "baris \(line), kolom \($0)", en: "line \(line), column \($0)") }
        return Localized(
            id: "Berkas konfigurasi \(file) bukan YAML yang sah (\(at?.id ?? "baris \(line)")).",
            en: "Config file \(file) is not valid YAML (\(at?.en ?? "line \(line)")).")
    }

    static func keyPath(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            .joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }

    static func expectation(for context: DecodingError.Context) -> Localized {
        switch context.codingPath.first?.stringValue {
        case "language": .expectedLanguage
        case "overdueDays": .expectedDays
        case "kioskInterval": .expectedSeconds
        case "affairs": .expectedAffairs
        case "scoring": .expectedScoring
        case "cityName", "timeZone": .expectedText
        default: .expectedText
        }
    }
}

extension Localized {
    /// What a text key needs.
    public static let expectedText = Localized(id: "harus berupa teks yang tidak kosong", en: "must be non-empty text")
    /// What `timeZone` needs.
    public static let expectedZone = Localized(
        id: "harus nama zona waktu IANA, misalnya Asia/Jakarta", en: "must be an IANA time zone, e.g. Asia/Jakarta")
    /// What `language` needs.
    public static let expectedLanguage = Localized(id: "harus id atau en", en: "must be id or en")
    /// What `overdueDays` needs.
    public static let expectedDays = Localized(
        id: "harus bilangan bulat hari dari 0 sampai 3650", en: "must be a whole number of days from 0 to 3650")
    /// What `kioskInterval` needs.
    public static let expectedSeconds = Localized(
        id: "harus bilangan bulat detik dari 1 sampai 86400", en: "must be a whole number of seconds from 1 to 86400")
    /// What `affairs` needs.
    public static let expectedAffairs = Localized(
        id: "harus daftar urusan yang tidak kosong", en: "must be a non-empty list of affairs")
    /// What `scoring` needs.
    public static let expectedScoring = Localized(
        id: "bobot harus angka 0 atau lebih (tidak semuanya 0) dan ambang antara 1 dan 5",
        en: "weights must be numbers of 0 or more (not all 0) and the threshold between 1 and 5")
}
