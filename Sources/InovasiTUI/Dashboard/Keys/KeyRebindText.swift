import InovasiCore

/// What is wrong with a `keys:` section of the config, in both languages.
enum KeyRebindText {
    /// A context name the key map does not have.
    static func unknownContext(_ name: String, known: String) -> Localized {
        Localized(
            id: "konteks tombol “\(name)” tidak dikenal; yang dikenal: \(known)",
            en: "unknown key context “\(name)”; known ones: \(known)")
    }

    /// An action name the context does not have.
    static func unknownAction(_ name: String, context: String, known: String) -> Localized {
        Localized(
            id: "aksi “\(name)” tidak ada di konteks \(context); yang ada: \(known)",
            en: "no action “\(name)” in context \(context); there are: \(known)")
    }

    /// A key name that names no key.
    static func unknownKey(_ name: String, action: String) -> Localized {
        Localized(
            id: "nama tombol “\(name)” untuk aksi \(action) tidak dikenal (contoh: t, Ctrl-F, PgDn, F5, Shift-Tab)",
            en: "unknown key name “\(name)” for action \(action) (e.g. t, Ctrl-F, PgDn, F5, Shift-Tab)")
    }

    /// An action left with no key.
    static func noKey(_ action: String) -> Localized {
        Localized(
            id: "aksi \(action) harus diberi sedikitnya satu tombol",
            en: "action \(action) needs at least one key")
    }

    /// Two actions of one context on the same key.
    static func conflict(_ key: String, context: String, first: String, second: String) -> Localized {
        Localized(
            id: "tombol \(key) dipakai dua aksi di konteks \(context): \(first) dan \(second)",
            en: "key \(key) is bound to two actions in context \(context): \(first) and \(second)")
    }
}
