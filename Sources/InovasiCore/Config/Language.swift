/// The languages every string a person reads exists in.
public enum Language: String, Codable, CaseIterable, Sendable {
    /// Bahasa Indonesia, the default.
    case id
    case en

    /// The other language, for the key that switches between the two.
    public var other: Language {
        switch self {
        case .id: .en
        case .en: .id
        }
    }
}

/// A string a person reads, in both languages; a missing translation does not compile.
public struct Localized: Hashable, Sendable {
    /// The Bahasa Indonesia text, shown by default.
    public let id: String
    /// The English text.
    public let en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// A text that reads the same in every language: a name or an identifier shown as written (an
    /// audit action this version does not know), or nothing at all.
    public init(verbatim text: String) {
        self.init(id: text, en: text)
    }

    /// A text composed in each language from parts that are themselves localized (a sentence
    /// quoting a translated status), so a message never mixes languages; the words stay in catalogs.
    public init(composing make: (Language) -> String) {
        self.init(id: make(.id), en: make(.en))
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .id: id
        case .en: en
        }
    }
}
