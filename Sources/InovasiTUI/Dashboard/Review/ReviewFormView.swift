import InovasiCore

/// Draws the open review form with the kit's view: its title, the lines only this form has (the
/// live verdict, what is marked), and the hints of the focused field from the key map.
enum ReviewFormView {
    static func render(_ open: ReviewForm, state: DashboardState, into canvas: inout Canvas, theme: ResolvedTheme) {
        let language = state.language
        var view = FormView(
            form: open.model, title: title(open, language),
            hint: FormHints.hints(for: open).text(state.context.keyMap, language), language: language)
        switch open {
        case .score(let score): view.footer = [verdict(score, state: state)]
        case .assign(let assign):
            view.header = assignHeader(assign, language)
            view.form = assign.form(in: language)
        case .innovation(let editor): view.footer = InnovationEditorView.footer(editor, language)
        case .session(let form): view.footer = SessionFormView.footer(form, state: state)
        case .calendarExport(let form):
            view.header = [
                FormLine(
                    CalendarExportText.range(form.first.description, form.last.description).text(language), role: .muted
                )
            ]
        case .iidChecklist(let form): view.header = IIDChecklistView.header(form, language)
        case .decision, .filter, .stageBack, .auditFilter, .admin, .proposal, .sessionClose, .undo: break
        }
        view.render(into: &canvas, area: Rect(size: state.size), theme: theme)
    }

    static func title(_ open: ReviewForm, _ language: Language) -> String {
        switch open {
        case .score(let score): "\(ReviewText.scoreTitle.text(language)) #\(score.proposalID) \(score.title)"
        case .decision(let form) where form.batch.count > 1:
            ReviewBatchText.decisionTitle(form.batch.count).text(language)
        case .decision(let form): "\(ReviewText.decisionTitle.text(language)) #\(form.proposalID) \(form.title)"
        case .assign: ReviewText.assignTitle.text(language)
        case .filter: ReviewText.filterTitle.text(language)
        case .stageBack(let form):
            "\(InnovationKeysText.stageBackTitle.text(language)) #\(form.innovationID) \(form.title)"
        case .innovation(let editor): InnovationEditorView.title(editor, language)
        case .auditFilter: AuditText.filterTitle.text(language)
        case .admin(let form): form.title(language)
        case .proposal(let form):
            form.original.map { "\(ProposalFormText.editTitle.text(language)) #\($0.id) \($0.title)" }
                ?? ProposalFormText.newTitle.text(language)
        case .session(let form): SessionFormView.title(form).text(language)
        case .sessionClose(let form): form.title.text(language)
        case .calendarExport: CalendarExportText.title.text(language)
        case .undo(let form): "\(UndoText.title.text(language)) #\(form.proposalID)"
        case .iidChecklist(let form): IIDChecklistView.title(form, language)
        }
    }

    static func assignHeader(_ form: AssignForm, _ language: Language) -> [FormLine] {
        guard form.isLoaded else { return [FormLine(ReviewText.loading.text(language), role: .muted)] }
        guard !form.reviewers.isEmpty else { return [FormLine(ReviewText.noReviewers.text(language), role: .muted)] }
        return [FormLine(ReviewText.marked(form.targets.count).text(language), role: .muted)]
    }

    /// "Nilai tertimbang: 4,20 — disarankan DISETUJUI (ambang 3,50)", live as values change.
    static func verdict(_ form: ScoreForm, state: DashboardState) -> FormLine {
        let language = state.language
        let rules = state.scoring
        let threshold = NumberText.decimal(rules.threshold, fractionDigits: 2, language)
        guard let score = rules.weightedScore(form.values) else {
            return FormLine("\(LabelText.weighted.text(language)): — (\(threshold))", role: .muted)
        }
        let value = NumberText.decimal(score, fractionDigits: 2, language)
        let verdict = form.isComplete ? rules.verdict(form.values) : nil
        return FormLine(
            "\(LabelText.weighted.text(language)): \(value) — \(verdictText(verdict, language)) (≥ \(threshold))",
            role: verdictRole(verdict))
    }

    /// The recommendation in the form's summary: approve, below the threshold, or the criteria not met.
    static func verdictText(_ verdict: Verdict?, _ language: Language) -> String {
        switch verdict {
        case nil: "…"
        case .approve: ReviewText.recommendApprove.text(language)
        case .belowThreshold: ReviewText.recommendNot.text(language)
        case .notMet(let criteria):
            Verdict.notMetLead.text(language) + criteria.map { $0.shortLabel.text(language) }.joined(separator: ", ")
        }
    }

    static func verdictRole(_ verdict: Verdict?) -> ThemeRole {
        switch verdict {
        case .approve: .ok
        case .notMet: .error
        case .belowThreshold, nil: .warning
        }
    }
}
