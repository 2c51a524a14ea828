import InovasiCore

/// Moves through and edits the review forms: scoring, decision, reviewer picker, queue filter.
enum FormReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .reviewersLoaded, .ownScoreLoaded: return loaded(into: &state, action)
        default: return edit(&state, action) ?? []
        }
    }

    /// Handles form actions while a form is open; nil for any other action.
    static func edit(_ state: inout DashboardState, _ action: DashboardAction) -> [DashboardEffect]? {
        guard let form = state.form else { return nil }
        switch form {
        case .score(var score):
            guard let effects = ScoreFormReducer.reduce(&score, action, &state) else { return nil }
            if state.form != nil { state.form = .score(score) }
            return effects
        case .decision(var decision):
            guard let effects = DecisionFormReducer.reduce(&decision, action, &state) else { return nil }
            if state.form != nil { state.form = .decision(decision) }
            return effects
        case .assign(var assign):
            guard let effects = assignForm(&assign, action, &state) else { return nil }
            if state.form != nil { state.form = .assign(assign) }
            return effects
        case .filter(var filter):
            guard let effects = FilterFormReducer.reduce(&filter, action, &state) else { return nil }
            if state.form != nil { state.form = .filter(filter) }
            return effects
        }
    }

    static func assignForm(_ form: inout AssignForm, _ action: DashboardAction, _ state: inout DashboardState)
        -> [DashboardEffect]?
    {
        switch action {
        case .formMoved(let delta):
            form.selected = max(0, min(form.selected + delta, form.reviewers.count - 1))
        case .formEntered:
            guard form.reviewers.indices.contains(form.selected) else { return [] }
            state.form = nil
            return [.assign(form.targets, to: form.reviewers[form.selected].name)]
        case .formCancelled:
            state.form = nil
        case .formValueChanged, .formDigit, .formTyped, .formErased, .formTextFinished:
            break
        default:
            return nil
        }
        return []
    }

    /// Fills a form with what the store answered.
    static func loaded(into state: inout DashboardState, _ action: DashboardAction) -> [DashboardEffect] {
        switch (state.form, action) {
        case (.assign(var form), .reviewersLoaded(let users)):
            form.reviewers = users
            form.isLoaded = true
            state.form = .assign(form)
        case (.score(var form), .ownScoreLoaded(let id, let score?)) where form.proposalID == id && form.values.isEmpty:
            form.values = score.values
            form.criterionNotes = score.criterionNotes
            form.note = score.note
            state.form = .score(form)
        default:
            break
        }
        return []
    }

    /// Appends to or erases from a text field.
    static func edit(_ text: inout String, _ action: DashboardAction) {
        switch action {
        case .formTyped(let character): text.append(character)
        case .formErased: if !text.isEmpty { text.removeLast() }
        default: break
        }
    }
}
