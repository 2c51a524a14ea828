import InovasiCore

/// The lines the innovation form adds to the kit's view: its title and the rancang bangun's live
/// word count against the IID's 300 words.
enum InnovationEditorView {
    static func title(_ editor: InnovationEditor, _ language: Language) -> String {
        guard let original = editor.original else {
            return InnovationFormText.newTitle(
                editor.agency.shortName.isEmpty ? editor.agency.name : editor.agency.shortName
            ).text(language)
        }
        return InnovationFormText.editTitle(original.id, original.title).text(language)
    }

    static func footer(_ editor: InnovationEditor, _ language: Language) -> [FormLine] {
        let words = InnovationProfile(design: editor.form[InnovationEditor.Field.design]?.text ?? "").designWords
        let line = InnovationFormText.designWords(words).text(language)
        return [FormLine(line, role: words < InnovationProfile.designWordsWanted ? .warning : .muted)]
    }
}
