import InovasiCore

/// The lines of the scoring form: each criterion with its value and note, the overall note, the
/// live weighted score and recommendation, and the save button.
enum ScoreFormLines {
    static func lines(_ form: ScoreForm, state: DashboardState) -> [FormView.Line] {
        let language = state.language
        var lines: [FormView.Line] = []
        for (index, criterion) in ReviewCriterion.allCases.enumerated() {
            let value = form.values[criterion]
            let dots = (1...5).map { (digit: Int) -> String in digit == value ? "[\(digit)]" : " \(digit) " }.joined()
            let label = TextLayout.pad(TextLayout.truncate(criterion.label.text(language), toWidth: 34), toWidth: 34)
            lines.append(FormView.Line(text: "\(label) \(dots)", isSelected: form.row == index))
            let note = form.criterionNotes[criterion] ?? ""
            let editing = form.isEditingNote && form.row == index
            if !note.isEmpty || editing {
                lines.append(
                    FormView.Line(
                        text: "    \(ReviewText.note.text(language)): \(note)\(editing ? "▏" : "")", role: .muted))
            }
        }
        let editingOverall = form.isEditingNote && form.row == ScoreForm.noteRow
        lines.append(
            FormView.Line(
                text: "\(ReviewText.overallNote.text(language)): \(form.note)\(editingOverall ? "▏" : "")",
                isSelected: form.row == ScoreForm.noteRow))
        lines.append(verdict(form, state: state))
        lines.append(
            FormView.Line(
                text: ReviewText.save.text(language), role: .paneTitleFocused, isSelected: form.row == ScoreForm.saveRow
            ))
        return lines
    }

    /// "Nilai tertimbang: 4,20 — disarankan DISETUJUI (ambang 3,50)", live as values change.
    static func verdict(_ form: ScoreForm, state: DashboardState) -> FormView.Line {
        let language = state.language
        let rules = state.scoring
        let threshold = NumberText.decimal(rules.threshold, fractionDigits: 2, language)
        guard let score = rules.weightedScore(form.values) else {
            return FormView.Line(text: "\(ReviewText.weighted.text(language)): — (\(threshold))", role: .muted)
        }
        let value = NumberText.decimal(score, fractionDigits: 2, language)
        let recommends = rules.recommendsApproval(form.values)
        let verdict =
            form.isComplete ? (recommends ? ReviewText.recommendApprove : ReviewText.recommendNot).text(language) : "…"
        return FormView.Line(
            text: "\(ReviewText.weighted.text(language)): \(value) — \(verdict) (≥ \(threshold))",
            role: recommends ? .ok : .warning)
    }
}
