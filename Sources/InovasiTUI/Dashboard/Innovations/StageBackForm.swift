import Foundation
import InovasiCore

/// `<` in an OPD's detail: moves an innovation back to an earlier stage, to correct a mistake.
/// An admin chooses the stage and must say why (``StageRule``); the store records both.
public struct StageBackForm: Hashable, Sendable {
    /// The innovation moved back.
    public var innovationID: Int64
    /// Its title, for the form's title line.
    public var title: String
    /// The stages before the current one, the nearest first.
    public var stages: [Stage]
    /// The fields: `stage` (a choice of ``stages``) and `note` (required).
    public var form: FormModel

    /// A form for `innovation`, or nil when it is at the first stage and cannot go back.
    public init?(_ innovation: Innovation) {
        let earlier = Stage.allCases.filter { $0 < innovation.stage }.reversed()
        guard !earlier.isEmpty else { return nil }
        innovationID = innovation.id
        title = innovation.title
        stages = Array(earlier)
        var note = FormField("note", FormText.note, .multiline(TextInput()), isRequired: true)
        note.maxLength = 2_000
        form = FormModel(
            fields: [
                FormField("stage", InnovationKeysText.stageField, .choice(stages.map(\.label), selected: 0)), note,
            ],
            submitLabel: InnovationKeysText.moveBack)
    }

    /// The stage chosen.
    public var stage: Stage {
        guard case .choice(_, let selected) = form["stage"]?.kind, stages.indices.contains(selected) else {
            return stages[0]
        }
        return stages[selected]
    }

    /// Why the stage goes back.
    public var note: String { form["note"]?.text ?? "" }
}
