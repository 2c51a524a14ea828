import InovasiCore

/// The lines the IID checklist adds to the kit's view: its title with the live SID score, and a
/// header with the mandatory evidence still missing and where regulasi comes from.
enum IIDChecklistView {
    static func title(_ form: IIDChecklistForm, _ language: Language) -> String {
        let score = ChecklistText.score(
            PlannerFormat.points(form.score, language), PlannerFormat.points(form.setup.rules.sidMaximum, language))
        let head =
            form.isWhatIf
            ? ChecklistText.whatIfTitle(form.title) : ChecklistText.title(form.setup.year, form.title)
        return head.text(language) + " · " + score.text(language)
    }

    static func header(_ form: IIDChecklistForm, _ language: Language) -> [FormLine] {
        let rules = form.setup.rules
        let score = ChecklistText.score(
            PlannerFormat.points(form.score, language), PlannerFormat.points(rules.sidMaximum, language))
        var lines = [FormLine(score.text(language), role: .ok)]
        let missing = form.missingMandatory
        if missing.isEmpty {
            lines.append(FormLine(ChecklistText.noneMissing.text(language), role: .ok))
        } else {
            let names = missing.map { "\($0.number) \($0.name)" }.joined(separator: ", ")
            lines.append(FormLine(ChecklistText.missing(names).text(language), role: .warning))
        }
        if rules.sid.contains(where: \.fromEnactment) {
            let words = form.enactmentLevel > 0 ? ChecklistText.fromEnactment : ChecklistText.noEnactment
            lines.append(FormLine(words.text(language), role: .muted))
        }
        return lines
    }
}

extension FormHints {
    /// The checklist's grid: rows, levels 0–3, Enter for the evidence and the note, Tab to save.
    static let checklist = FormHints(
        context: .form,
        items: [
            Item(groups: [moved], label: ReviewText.rowHint),
            Item(
                groups: [changed, ["0", "1", "2", "3"].map { .form(.typed(Character($0))) }],
                label: ChecklistText.levelHint),
            Item(groups: [[.form(.submit)]], label: ChecklistText.evidenceHint),
            Item(groups: [[.form(.nextField)]], label: ChecklistText.toSaveHint),
            Item(groups: [[.form(.escape)]], label: ReviewText.cancelHint),
        ])

    /// The planner's what-if grid: rows, levels, Enter applies to the what-if (nothing saved).
    static let whatIf = FormHints(
        context: .form,
        items: [
            Item(groups: [moved], label: ReviewText.rowHint),
            Item(groups: [changed], label: ChecklistText.levelHint),
            Item(groups: [[.form(.submit)]], label: ChecklistText.tryIt),
            Item(groups: [[.form(.escape)]], label: ReviewText.cancelHint),
        ])
}
