import InovasiCore

/// The IID checklist of one innovation (an OPD's detail, `b`): one row per SID indicator of the
/// year's rules with its number, name and weight, the level 0–3 on the kit's grid, the level's text,
/// the evidence (a document) and a note. Regulasi is read from the penetapan and stays locked.
///
/// In the planner's what-if mode the same grid changes a copy of the plan: no evidence, no notes,
/// nothing saved (``isWhatIf``).
public struct IIDChecklistForm: Hashable, Sendable {
    /// The innovation the levels are for.
    public var innovationID: Int64
    /// Its title, for the form's title line.
    public var title: String
    /// The year's rules: the rows, the weights, the score.
    public var setup: IIDSetup
    /// The records as read when the form opened, by indicator number: what "changed" compares with.
    public var original: [String: IIDEvidence]
    /// The regulasi level the penetapan gives (0 without one), for the locked row.
    public var enactmentLevel: Int
    /// Whether the form changes the planner's what-if copy instead of the store.
    public var isWhatIf: Bool
    /// The fields: `levels`, the grid.
    public var form: FormModel

    /// The grid field's id.
    static let levelsField = "levels"

    /// A checklist of an innovation's records under `setup`; `enactment` is the regulasi row's level
    /// and its words (the penetapan's kind, number and day).
    public init(
        innovationID: Int64, title: String, setup: IIDSetup, records: [IIDEvidence], enactment: (Int, String),
        isWhatIf: Bool = false
    ) {
        self.innovationID = innovationID
        self.title = title
        self.setup = setup
        self.original = Dictionary(records.map { ($0.indicator, $0) }, uniquingKeysWith: { _, last in last })
        self.enactmentLevel = enactment.0
        self.isWhatIf = isWhatIf
        var grid = LevelGrid(
            rows: setup.rules.sid.map(Self.rowLabel), levels: ["0", "1", "2", "3"], hasSecondNote: !isWhatIf)
        grid.noteLabels = [ChecklistText.document, FormText.note]
        grid.levelTexts = setup.rules.sid.map { [""] + $0.levels }
        for (row, indicator) in setup.rules.sid.enumerated() {
            if indicator.fromEnactment {
                grid.lockedRows.insert(row)
                grid.picks[row] = enactment.0
                if grid.hasNotes { grid.notes[row] = enactment.1 }
                continue
            }
            let record = original[indicator.number]
            grid.picks[row] = record?.level ?? 0
            if grid.hasNotes { grid.notes[row] = record?.document ?? "" }
            if grid.hasSecondNote { grid.secondNotes[row] = record?.note ?? "" }
        }
        form = FormModel(
            fields: [FormField(Self.levelsField, ChecklistText.indicators, .grid(grid))],
            submitLabel: isWhatIf ? ChecklistText.tryIt : ChecklistText.save)
    }

    /// "16 Regulasi Inovasi Daerah ×3": the indicator's number, name and weight.
    static func rowLabel(_ indicator: IIDIndicator) -> Localized {
        Localized(verbatim: "\(indicator.number) \(indicator.name) ×\(PlannerFormat.points(indicator.weight))")
    }

    var grid: LevelGrid? {
        if case .grid(let grid) = form[Self.levelsField]?.kind { return grid }
        return nil
    }

    /// The answers the grid gives now, by indicator number; regulasi from the penetapan, and in
    /// what-if mode every level counted as backed by evidence.
    public var answers: [String: IIDScore.Answer] {
        guard let grid else { return [:] }
        var answers: [String: IIDScore.Answer] = [:]
        for (row, indicator) in setup.rules.sid.enumerated() {
            let level = grid.picks[row] ?? 0
            let backed =
                indicator.fromEnactment
                ? enactmentLevel > 0 : isWhatIf || !grid.notes[row].trimmingCharacters(in: .whitespaces).isEmpty
            answers[indicator.number] = IIDScore.Answer(level: level, hasEvidence: backed)
        }
        return answers
    }

    /// The SID score of the levels as they stand (out of ``IIDRules/sidMaximum``).
    public var score: Double { IIDScore.sid(setup.rules, answers: answers) }

    /// The mandatory indicators still scoring nothing.
    public var missingMandatory: [IIDIndicator] { IIDScore.missingMandatory(setup.rules, answers: answers) }

    /// The records whose level, document or note differ from when the form opened: what saving
    /// writes, one each. Regulasi is never among them.
    public func changedRecords(year: Int) -> [IIDEvidence] {
        guard let grid else { return [] }
        return setup.rules.sid.enumerated().compactMap { row, indicator in
            guard !indicator.fromEnactment else { return nil }
            let level = grid.picks[row] ?? 0
            let document = grid.hasNotes ? grid.notes[row].trimmingCharacters(in: .whitespaces) : ""
            let note = grid.hasSecondNote ? grid.secondNotes[row].trimmingCharacters(in: .whitespaces) : ""
            let before = original[indicator.number]
            guard level != before?.level ?? 0 || document != before?.document ?? "" || note != before?.note ?? ""
            else { return nil }
            return IIDEvidence(
                year: year, innovationID: innovationID, indicator: indicator.number, level: level, document: document,
                note: note)
        }
    }

    /// The what-if levels by indicator, for the planner's copy of the plan.
    public var whatIfLevels: [String: Int] {
        guard let grid else { return [:] }
        var levels: [String: Int] = [:]
        for (row, indicator) in setup.rules.sid.enumerated() where !indicator.fromEnactment {
            levels[indicator.number] = grid.picks[row] ?? 0
        }
        return levels
    }

    /// A level above 0 without a document scores nothing: saving asks first, naming the changed
    /// rows it concerns (rows left as they were are not asked about again).
    func issues(_ form: FormModel) -> FormIssues {
        guard !isWhatIf else { return .none }
        let unbacked = changedRecords(year: setup.year).filter { $0.level > 0 && $0.document.isEmpty }.map(\.indicator)
        guard !unbacked.isEmpty else { return .none }
        return FormIssues(
            warnings: [FormIssue(field: Self.levelsField, message: ChecklistText.noDocument(unbacked))])
    }
}
