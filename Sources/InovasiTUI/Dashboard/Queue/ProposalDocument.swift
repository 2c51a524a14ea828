import InovasiCore

/// The proposal in full: every field, long text wrapped, scores so far, history from the audit log.
enum ProposalDocument {
    static func lines(_ detail: ProposalDetail, state: DashboardState, width: Int) -> [DocLine] {
        let language = state.language
        let zone = state.context.timeZone
        let proposal = detail.proposal
        var doc = DocBuilder(width: width)
        doc.field(LabelText.status.text(language), proposal.status.label.text(language), .status(proposal.status))
        let age = proposal.ageInDays(now: state.now)
        let overdue = proposal.isOverdue(now: state.now, overdueDays: state.context.overdueDays)
        doc.field(
            LabelText.submitted.text(language),
            DateText.long(proposal.submittedAt, in: zone, language) + " · "
                + DashboardText.days(age).text(language)
                + (overdue ? " · " + DashboardText.overdueMark.text(language) : ""),
            overdue ? .warning : .normal)
        doc.field(LabelText.opd.text(language), detail.agencyName)
        if let division = detail.divisionName { doc.field(LabelText.division.text(language), division) }
        if let name = proposal.proposerName {
            doc.field(LabelText.proposer.text(language), name + (proposal.proposerContact.map { " (\($0))" } ?? ""))
        }
        doc.field(
            LabelText.initiator.text(language),
            "\(proposal.initiatorName) — \(proposal.initiatorKind.label.text(language))")
        doc.field(LabelText.form.text(language), proposal.form.label.text(language))
        doc.field(LabelText.kind.text(language), proposal.kind.label.text(language))
        doc.field(LabelText.affair.text(language), proposal.affair)
        doc.field(LabelText.budget.text(language), NumberText.rupiah(proposal.budget, language))
        if let trial = proposal.plannedTrialOn {
            doc.field(LabelText.plannedTrial.text(language), DateText.long(trial, in: zone, language))
        }
        if let start = proposal.plannedImplementationOn {
            doc.field(LabelText.plannedImplementation.text(language), DateText.long(start, in: zone, language))
        }
        doc.field(LabelText.assignee.text(language), detail.assignee ?? "—")
        longTexts(proposal, language, &doc)
        scores(detail, state, &doc)
        history(detail, state, &doc)
        return doc.lines
    }

    static func longTexts(_ proposal: Proposal, _ language: Language, _ doc: inout DocBuilder) {
        let sections: [(Localized, String)] = [
            (LabelText.design, proposal.design), (LabelText.goal, proposal.goal), (LabelText.benefit, proposal.benefit),
            (LabelText.expectedResult, proposal.expectedResult),
        ]
        for (label, text) in sections {
            doc.heading(label.text(language))
            doc.paragraph(text, indent: 2)
        }
    }

    /// Every reviewer's scores side by side, one column per reviewer; once a proposal has been
    /// resubmitted, each round's under its own heading, the earlier ones kept.
    static func scores(_ detail: ProposalDetail, _ state: DashboardState, _ doc: inout DocBuilder) {
        let current = detail.proposal.round
        let rounds = Set(detail.scores.map(\.round)).union([current]).sorted()
        guard rounds.count > 1 else {
            scores(detail.scores, heading: LabelText.scores, state, &doc)
            return
        }
        for round in rounds {
            scores(
                ReviewScore.ofRound(round, in: detail.scores),
                heading: ProposalFormText.roundScores(round, current: round == current), state, &doc)
        }
    }

    /// One round's scores under `heading`.
    static func scores(
        _ scores: [ReviewScore], heading: Localized, _ state: DashboardState, _ doc: inout DocBuilder
    ) {
        let language = state.language
        doc.heading(heading.text(language))
        guard !scores.isEmpty else {
            doc.paragraph(LabelText.noScores.text(language), .muted, indent: 2)
            return
        }
        let labelWidth = 48
        let column = 12
        var header = [DocSpan(TextLayout.pad("", toWidth: labelWidth), .label)]
        header += scores.map {
            DocSpan(TextLayout.pad(TextLayout.truncate($0.reviewer, toWidth: column - 1), toWidth: column), .label)
        }
        doc.line(header)
        for criterion in ReviewCriterion.allCases {
            var spans = [
                DocSpan(
                    TextLayout.pad(
                        TextLayout.truncate(criterion.label.text(language), toWidth: labelWidth - 1),
                        toWidth: labelWidth))
            ]
            let minimum = state.scoring.minimum(criterion)
            spans += scores.map { score in
                guard let value = score.values[criterion] else { return DocSpan(TextLayout.pad("—", toWidth: column)) }
                guard Double(value) < minimum else { return DocSpan(TextLayout.pad(String(value), toWidth: column)) }
                return DocSpan(TextLayout.pad("✗ \(value)", toWidth: column), .error)
            }
            doc.line(spans)
        }
        var weighted = [DocSpan(TextLayout.pad(LabelText.weighted.text(language), toWidth: labelWidth), .label)]
        weighted += scores.map { score in
            let value = state.scoring.weightedScore(score.values).map {
                NumberText.decimal($0, fractionDigits: 2, language)
            }
            return DocSpan(TextLayout.pad(value ?? "—", toWidth: column), .heading)
        }
        doc.line(weighted)
        verdicts(scores, labelWidth: labelWidth, column: column, state, &doc)
        for score in scores where !score.note.isEmpty {
            doc.paragraph("\(score.reviewer): \(score.note)", .muted, indent: 2)
        }
    }

    /// Each reviewer's own recommendation, then the proposal's on the mean of each criterion.
    static func verdicts(
        _ scores: [ReviewScore], labelWidth: Int, column: Int, _ state: DashboardState, _ doc: inout DocBuilder
    ) {
        let language = state.language
        var spans = [DocSpan(TextLayout.pad(LabelText.recommendation.text(language), toWidth: labelWidth), .label)]
        spans += scores.map { score in
            let verdict = state.scoring.verdict(score.values)
            let text = verdict?.shortLabel.text(language) ?? "—"
            return DocSpan(
                TextLayout.pad(TextLayout.truncate(text, toWidth: column - 1), toWidth: column),
                tone(verdict))
        }
        doc.line(spans)
        let verdict = state.scoring.verdict(of: scores)
        doc.line([
            DocSpan("  " + LabelText.proposalRecommendation(scores.count).text(language) + " ", .label),
            DocSpan(ReviewFormView.verdictText(verdict, language), tone(verdict)),
        ])
    }

    /// The tone of a recommendation: ok to approve, error when a criterion is not met.
    static func tone(_ verdict: Verdict?) -> Tone {
        switch verdict {
        case .approve: .ok
        case .notMet: .error
        case .belowThreshold, nil: .warning
        }
    }

    static func history(_ detail: ProposalDetail, _ state: DashboardState, _ doc: inout DocBuilder) {
        let language = state.language
        let zone = state.context.timeZone
        doc.heading(LabelText.history.text(language))
        if detail.history.isEmpty { doc.paragraph(LabelText.none.text(language), .muted, indent: 2) }
        for entry in detail.history {
            let when = DateText.medium(entry.at, in: zone, language) + " " + DateText.time(entry.at, in: zone, language)
            doc.line(
                [
                    DocSpan("  " + when + "  ", .label), DocSpan(entry.user + "  ", .heading),
                    DocSpan(entry.actionText.text(language)),
                ], item: .historyEntry(entry.id))
            if !entry.note.isEmpty { doc.paragraph("“\(entry.noteText(in: zone).text(language))”", .muted, indent: 6) }
        }
    }
}
