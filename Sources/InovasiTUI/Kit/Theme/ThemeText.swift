import InovasiCore

/// Texts about theme files, in Bahasa Indonesia and English.
enum ThemeText {
    /// "Tema FILE, kunci KEY, baris N": where a theme problem is.
    static func themePlace(file: String, key: String?, line: Int?) -> Localized {
        var parts = [Localized(id: "Tema \(file)", en: "Theme \(file)")]
        if let key { parts.append(Localized(id: "kunci \(key)", en: "key \(key)")) }
        if let line { parts.append(Localized(id: "baris \(line)", en: "line \(line)")) }
        return Localized(composing: { language in parts.map { $0.text(language) }.joined(separator: ", ") })
    }

    /// A theme problem's message followed by the notice that the built-in theme is used instead.
    static func themeFallback(_ message: Localized) -> Localized {
        Localized(
            id: "\(message.id). Tema bawaan dipakai.",
            en: "\(message.en). Using the built-in theme.")
    }

    /// What is wrong with a theme, without the place.
    static func themeProblem(_ reason: ThemeError.Reason) -> Localized {
        switch reason {
        case .notFound:
            Localized(id: "tidak ditemukan di folder tema mana pun", en: "not found in any theme folder")
        case .unreadable:
            Localized(id: "berkas tidak dapat dibaca", en: "the file cannot be read")
        case .invalidYAML(let detail):
            Localized(id: "YAML tidak sah (\(detail))", en: "invalid YAML (\(detail))")
        case .duplicateKey(let keys):
            Localized(id: "kunci \(keys) tertulis dua kali", en: "key \(keys) is written twice")
        case .notAMapping:
            Localized(id: "harus berupa pasangan kunci: nilai", en: "must be key: value pairs")
        case .unknownKey:
            Localized(id: "kunci tidak dikenal", en: "unknown key")
        case .missingKey:
            Localized(id: "kunci wajib tidak ada", en: "required key is missing")
        case .invalidColor(let value):
            Localized(
                id: "warna \"\(value)\" tidak sah; tulis \"#rrggbb\" dalam tanda kutip",
                en: "colour \"\(value)\" is not valid; write \"#rrggbb\" in quotes")
        case .unknownAttribute(let value):
            Localized(
                id: "atribut \"\(value)\" tidak dikenal; pilih bold, dim, underline, reverse, italic",
                en: "unknown attribute \"\(value)\"; choose bold, dim, underline, reverse, italic")
        }
    }
}
