import InovasiCore

/// Runs the review forms on the form kit: the kit edits the fields; this says what submitting and
/// closing mean for each form (save a score, decide, assign, apply the filter; keep a draft).
enum ReviewFormReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .form(let intent): edit(&state, intent)
        case .reviewersLoaded, .ownScoreLoaded: loaded(into: &state, action)
        default: []
        }
    }

    /// Hands a key's intent to the open form's fields, then does what its outcome means.
    static func edit(_ state: inout DashboardState, _ intent: FormIntent) -> [DashboardEffect] {
        guard let open = state.form else { return [] }
        switch open {
        case .score(var score):
            let outcome = FormReducer.reduce(&score.form, intent, check: score.issues)
            state.form = .score(score)
            return finish(score, outcome, &state)
        case .decision(var decision):
            let outcome = FormReducer.reduce(&decision.form, intent, check: decision.issues)
            state.form = .decision(decision)
            guard outcome != .stay else { return [] }
            state.form = nil
            guard outcome == .submit else { return [] }
            if decision.batch.count > 1 { return [.decideAll(decision.event, decision.batch, note: decision.note)] }
            return [.decide(decision.event, id: decision.proposalID, version: decision.version, note: decision.note)]
        case .assign(var assign):
            let outcome = FormReducer.reduce(&assign.form, intent, check: assign.issues)
            state.form = .assign(assign)
            if outcome == .submit, assign.selected == nil { return [] }
            guard outcome != .stay else { return [] }
            state.form = nil
            guard outcome == .submit, let user = assign.selected else { return [] }
            return [.assign(assign.targets, to: user.name)]
        case .stageBack(var back):
            let outcome = FormReducer.reduce(&back.form, intent)
            state.form = .stageBack(back)
            guard outcome != .stay else { return [] }
            state.form = nil
            guard outcome == .submit else { return [] }
            return [.moveStageBack(back.innovationID, to: back.stage, note: back.note)]
        case .innovation(var editor):
            let outcome = FormReducer.reduce(&editor.form, intent, check: editor.issues)
            state.form = .innovation(editor)
            guard outcome != .stay else { return [] }
            // Saving keeps the form open until the store answers: a refusal is shown in it.
            guard outcome == .submit else {
                state.form = nil
                return []
            }
            return [editor.isNew ? .addInnovation(editor.innovation) : .editInnovation(editor.innovation)]
        case .admin(var admin):
            let outcome = FormReducer.reduce(&admin.form, intent, check: admin.issues)
            state.form = .admin(admin)
            guard outcome != .stay else { return [] }
            state.form = nil
            guard outcome == .submit else { return [] }
            return [.changeAdmin(admin.change)]
        case .auditFilter(var filter):
            let outcome = FormReducer.reduce(&filter.form, intent)
            state.form = .auditFilter(filter)
            guard outcome != .stay else { return [] }
            state.form = nil
            guard outcome == .submit else { return [] }
            return [.loadAudit(filter.query, offset: 0)]
        case .proposal(let form):
            return ProposalReducer.edit(form, intent, &state)
        case .session(let form):
            return SessionReducer.edit(form, intent, &state)
        case .sessionClose(let form):
            return SessionReducer.close(form, intent, &state)
        case .calendarExport(let form):
            return CalendarExportReducer.edit(form, intent, &state)
        case .iidChecklist(let form):
            return IIDChecklistReducer.edit(form, intent, &state)
        case .undo(var undo):
            let outcome = FormReducer.reduce(&undo.form, intent)
            // Any answer closes the question; another key leaves it on screen.
            state.form = outcome == .stay && undo.form.question != nil ? .undo(undo) : nil
            guard outcome == .submit else { return [] }
            let zone = state.context.timeZone
            return [.undo(undo.proposalID, message: UndoText.undone(undo.entry, id: undo.proposalID, zone: zone))]
        case .filter(var filter):
            let outcome = FormReducer.reduce(&filter.form, intent)
            state.form = .filter(filter)
            guard outcome != .stay else { return [] }
            state.form = nil
            guard outcome == .submit else { return [] }
            return QueueReducer.requery(&state.queue, filter.query, QueueScope(state))
        }
    }

    /// Scoring: closing keeps the draft; saving sends the score and drops the draft.
    static func finish(_ score: ScoreForm, _ outcome: FormOutcome, _ state: inout DashboardState)
        -> [DashboardEffect]
    {
        switch outcome {
        case .stay:
            return []
        case .close:
            state.scoreDrafts[score.proposalID] = score
            state.form = nil
            return []
        case .submit:
            state.form = nil
            state.scoreDrafts[score.proposalID] = nil
            let saved = ReviewScore(
                proposalID: score.proposalID, reviewer: state.context.userName, values: score.values,
                criterionNotes: score.criterionNotes, note: score.note, scoredAt: state.now)
            return [.saveScore(saved, rules: state.scoring)]
        }
    }

    /// Fills a form with what the store answered.
    static func loaded(into state: inout DashboardState, _ action: DashboardAction) -> [DashboardEffect] {
        switch (state.form, action) {
        case (.assign(var form), .reviewersLoaded(let users)):
            form.load(users, state.language)
            state.form = .assign(form)
        case (.score(var form), .ownScoreLoaded(let id, let score?)) where form.proposalID == id && form.values.isEmpty:
            form.load(score)
            state.form = .score(form)
        default:
            break
        }
        return []
    }
}
