import InovasiCore

/// The scoring form: values by digit or arrow, notes typed in place, save when complete.
enum ScoreFormReducer {
    static func reduce(_ form: inout ScoreForm, _ action: DashboardAction, _ state: inout DashboardState)
        -> [DashboardEffect]?
    {
        if form.isEditingNote {
            switch action {
            case .formTyped, .formErased:
                if let criterion = form.criterion {
                    var note = form.criterionNotes[criterion] ?? ""
                    FormReducer.edit(&note, action)
                    form.criterionNotes[criterion] = note
                } else {
                    FormReducer.edit(&form.note, action)
                }
            case .formTextFinished, .formCancelled: form.isEditingNote = false
            default: return nil
            }
            return []
        }
        switch action {
        case .formMoved(let delta): form.row = (form.row + delta + ScoreForm.rowCount) % ScoreForm.rowCount
        case .formValueChanged(let delta):
            if let criterion = form.criterion {
                form.values[criterion] = max(1, min(5, (form.values[criterion] ?? 3) + delta))
            }
        case .formDigit(let digit):
            guard let criterion = form.criterion, (1...5).contains(digit) else { return [] }
            form.values[criterion] = digit
            form.row += 1
        case .formEntered:
            if form.row == ScoreForm.saveRow { return save(form, &state) }
            form.isEditingNote = true
        case .formCancelled:
            state.scoreDrafts[form.proposalID] = form
            state.form = nil
        case .formTyped, .formErased, .formTextFinished: break
        default: return nil
        }
        return []
    }

    static func save(_ form: ScoreForm, _ state: inout DashboardState) -> [DashboardEffect] {
        guard form.isComplete else {
            state.showFlash(ReviewText.scoreIncomplete, isError: true)
            return []
        }
        state.form = nil
        state.scoreDrafts[form.proposalID] = nil
        let score = ReviewScore(
            proposalID: form.proposalID, reviewer: state.context.userName, values: form.values,
            criterionNotes: form.criterionNotes.filter { !$0.value.isEmpty }, note: form.note, scoredAt: state.now)
        return [.saveScore(score, rules: state.scoring)]
    }
}
