import InovasiCore

@testable import InovasiTUI

/// Drives a kit form by intents, as the key map would.
struct FormDriver {
    var form: FormModel
    var check: (FormModel) -> FormIssues = { _ in .none }
    var outcomes: [FormOutcome] = []

    init(_ fields: [FormField], keepsDraft: Bool = false) {
        form = FormModel(
            fields: fields, submitLabel: Localized(id: "[ Simpan ]", en: "[ Save ]"), keepsDraft: keepsDraft)
    }

    /// Applies the intents; returns the last outcome.
    @discardableResult
    mutating func send(_ intents: FormIntent...) -> FormOutcome {
        var last = FormOutcome.stay
        for intent in intents {
            last = FormReducer.reduce(&form, intent, check: check)
            outcomes.append(last)
        }
        return last
    }

    /// Types `text` character by character.
    mutating func type(_ text: String) {
        for character in text { send(.typed(character)) }
    }

    /// The field named `id`.
    func field(_ id: String) -> FormField {
        form[id] ?? FormField(id, Localized(id: "?", en: "?"), .text(TextInput()))
    }

    /// The text of the field named `id`.
    func text(_ id: String) -> String { field(id).text }

    /// The error lines as the form shows them, in Indonesian.
    var errorTexts: [String] {
        let lines = FormLines(form: form, language: .id, width: 76)
        return form.errors.map { lines.named($0).text(.id) }
    }
}

extension Localized {
    /// The same text in both languages, for test labels.
    static func plain(_ text: String) -> Localized { Localized(id: text, en: text) }
}
