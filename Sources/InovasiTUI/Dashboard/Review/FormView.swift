import InovasiCore

/// Draws the open review form as a centred popup, with its own key hints at the bottom.
enum FormView {
    static func render(_ form: ReviewForm, state: DashboardState, into canvas: inout Canvas, theme: ResolvedTheme) {
        let language = state.language
        let (title, lines, hint) = content(form, state: state)
        let width = min(state.size.width - 4, 88)
        let height = min(state.size.height - 2, lines.count + 4)
        let popup = Popup(
            title: title, size: Size(width: width, height: height),
            hint: hint.text(state.context.keyMap, language))
        let area = Rect(size: state.size)
        popup.render(into: &canvas, area: area, theme: theme)
        let inner = popup.inner(in: area)
        let layered = theme.layered(on: .overlayBackground)
        canvas.cursor = nil
        for (index, line) in lines.prefix(inner.height).enumerated() {
            let y = inner.y + index
            let style = layered.style(line.isSelected ? .selection : line.role)
            if line.isSelected { canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            canvas.put(line.text, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: style)
            if line.isSelected { canvas.cursor = Position(x: inner.x + 1, y: y) }
        }
    }

    /// One line of a form.
    struct Line {
        var text: String
        var role: ThemeRole = .base
        var isSelected = false
    }

    static func content(_ form: ReviewForm, state: DashboardState) -> (String, [Line], FormHints) {
        let language = state.language
        switch form {
        case .score(let score):
            return (
                "\(ReviewText.scoreTitle.text(language)) #\(score.proposalID) \(score.title)",
                ScoreFormLines.lines(score, state: state),
                score.isEditingNote ? FormHints.text : FormHints.score
            )
        case .decision(let decision):
            return (
                "\(ReviewText.decisionTitle.text(language)) #\(decision.proposalID) \(decision.title)",
                decisionLines(decision, language),
                decision.isEditingNote
                    ? FormHints.text : decision.isConfirming ? FormHints.confirm : FormHints.decision
            )
        case .assign(let assign):
            return (ReviewText.assignTitle.text(language), assignLines(assign, language), FormHints.pick)
        case .filter(let filter):
            return (
                ReviewText.filterTitle.text(language), FilterFormLines.lines(filter, state: state),
                filter.isEditingAgency ? FormHints.text : FormHints.filter
            )
        }
    }

    static func decisionLines(_ form: DecisionForm, _ language: Language) -> [Line] {
        if form.isConfirming {
            var lines = [
                Line(
                    text: ReviewText.confirm(form.event, id: form.proposalID, title: form.title).text(language),
                    role: .warning)
            ]
            if !form.note.isEmpty { lines.append(Line(text: "\(ReviewText.note.text(language)): \(form.note)")) }
            return lines
        }
        let choices = DecisionForm.choices.enumerated().map { index, event in
            let label = "\(index + 1) \(ReviewText.decisionLabel(event).text(language))"
            return event == form.event ? "[\(label)]" : " \(label) "
        }
        let cursor = form.isEditingNote ? "▏" : ""
        let required = form.event.requiresNote ? " *" : ""
        return [
            Line(text: choices.joined(separator: "  "), isSelected: form.row == 0),
            Line(
                text: "\(ReviewText.note.text(language))\(required): \(form.note)\(cursor)", isSelected: form.row == 1),
            Line(text: ReviewText.next.text(language), role: .paneTitleFocused, isSelected: form.row == 2),
        ]
    }

    static func assignLines(_ form: AssignForm, _ language: Language) -> [Line] {
        guard form.isLoaded else { return [Line(text: ReviewText.loading.text(language), role: .muted)] }
        guard !form.reviewers.isEmpty else { return [Line(text: ReviewText.noReviewers.text(language), role: .muted)] }
        var lines = [Line(text: ReviewText.marked(form.targets.count).text(language), role: .muted)]
        for (index, user) in form.reviewers.enumerated() {
            let name = user.displayName.isEmpty ? user.name : "\(user.name) — \(user.displayName)"
            lines.append(Line(text: "\(name) (\(user.role.label.text(language)))", isSelected: index == form.selected))
        }
        return lines
    }
}
