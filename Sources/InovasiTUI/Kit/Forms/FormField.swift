import Foundation
import InovasiCore

/// One field of a form: its name, what it holds, and the rules checked before saving.
public struct FormField: Hashable, Sendable {
    /// The feature's name for the field, to read its value and to attach an error to it.
    public var id: String
    /// What the person reads beside it; errors name the field by it.
    public var label: Localized
    /// What it holds, with its editing state.
    public var kind: FieldKind
    /// Saving is refused while it is empty.
    public var isRequired = false
    /// Saving is refused above this many characters.
    public var maxLength: Int?
    /// Saving asks for a confirmation below this many words (a short reason, a thin note).
    public var minWords: Int?
    /// Shown in place of an empty value when the field has no focus ("any").
    public var placeholder: Localized?

    /// A field named `id`, labelled `label`, holding `kind`.
    public init(
        _ id: String, _ label: Localized, _ kind: FieldKind, isRequired: Bool = false, maxLength: Int? = nil,
        minWords: Int? = nil
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.isRequired = isRequired
        self.maxLength = maxLength
        self.minWords = minWords
    }

    /// Whether nothing has been entered.
    public var isEmpty: Bool {
        switch kind.value {
        case .text(let text): text.trimmingCharacters(in: .whitespaces).isEmpty
        case .picks(let picks): picks.isEmpty
        case .levels(let picks, _): picks.contains(nil)
        case .choice, .flag: false
        }
    }

    /// The text of a text-like field ("" for the others).
    public var text: String {
        if case .text(let text) = kind.value { return text }
        return ""
    }
}
