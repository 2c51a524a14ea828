import InovasiCore

/// The help's own words, beside the key help texts of the bindings.
enum HelpText {
    /// The heading of the keys of a form (any form: scoring, decision, filter, picker, and later ones).
    static let formKeys = Localized(id: "Formulir", en: "Form")
    /// The space bar, as the help and the hints name it.
    static let spaceKey = Localized(id: "Spasi", en: "Space")
}
