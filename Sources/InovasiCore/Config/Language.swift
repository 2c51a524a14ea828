/// The languages every string a person reads exists in.
public enum Language: String, Codable, CaseIterable, Sendable {
    /// Bahasa Indonesia, the default.
    case id
    case en
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

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .id: id
        case .en: en
        }
    }
}
