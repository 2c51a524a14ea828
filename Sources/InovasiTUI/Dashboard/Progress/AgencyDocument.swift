import InovasiCore

/// The OPD detail: its innovations, proposals, bidang with and without a main innovation, sessions.
enum AgencyDocument {
    static func lines(_ detail: AgencyDetail, state: DashboardState, width: Int) -> [DocLine] {
        let language = state.language
        var doc = DocBuilder(width: width)
        doc.field(LabelText.kind.text(language), detail.agency.kind.label.text(language))
        doc.field(LabelText.code.text(language), detail.agency.code)
        trend(detail.trend, language, &doc)
        doc.heading(LabelText.innovations(detail.innovations.count).text(language))
        if detail.innovations.isEmpty { doc.paragraph(LabelText.none.text(language), .muted) }
        for innovation in detail.innovations {
            var spans = [
                DocSpan(innovation.isMain ? "★ " : "  ", .ok), DocSpan(innovation.title),
                DocSpan("  " + innovation.stage.label.text(language), .stage(innovation.stage)),
            ]
            spans.append(
                DocSpan("  \(innovation.form.label.text(language)) · \(innovation.kind.label.text(language))", .muted))
            doc.line(spans, item: .innovation(innovation.id))
            if !innovation.summary.isEmpty { doc.paragraph(innovation.summary, .muted, indent: 4) }
        }
        doc.heading(LabelText.proposals(detail.proposals.count).text(language))
        if detail.proposals.isEmpty { doc.paragraph(LabelText.none.text(language), .muted) }
        for proposal in detail.proposals {
            doc.line(
                [
                    DocSpan("#\(proposal.id) ", .muted), DocSpan(proposal.title),
                    DocSpan("  " + proposal.status.label.text(language), .status(proposal.status)),
                ], item: .proposal(proposal.id))
        }
        divisions(detail, language, &doc)
        doc.heading(LabelText.sessions(detail.sessions.count).text(language))
        if detail.sessions.isEmpty { doc.paragraph(LabelText.none.text(language), .muted) }
        let coming = detail.sessions.filter { $0.endsAt > state.now }.sorted { $0.startsAt < $1.startsAt }
        let past = detail.sessions.filter { $0.endsAt <= state.now }.sorted { $0.startsAt > $1.startsAt }
        for (group, sessions) in [(ProgressText.comingSessions, coming), (ProgressText.pastSessions, past)]
        where !sessions.isEmpty {
            doc.paragraph(group.text(language), .label)
            for session in sessions { sessionLine(session, state, &doc) }
        }
        return doc.lines
    }

    /// A session of the OPD: its status mark, date and time, institution tag, title, narasumber's
    /// institution.
    static func sessionLine(_ session: MentoringSession, _ state: DashboardState, _ doc: inout DocBuilder) {
        let language = state.language
        let zone = state.context.timeZone
        let when =
            DateText.medium(session.startsAt, in: zone, language) + " "
            + DateText.time(session.startsAt, in: zone, language) + "  "
        doc.line(
            [
                DocSpan(SessionMarks.mark(session, now: state.now) + " ", session.status == .cancelled ? .muted : .ok),
                DocSpan(when, .label),
                DocSpan(
                    SessionMarks.tag(session, language) + " ",
                    .institution(Institution(classifying: session.speakerInstitution))),
                DocSpan(session.title), DocSpan("  " + session.speakerInstitution, .muted),
            ], item: .session(session.id))
    }

    static func divisions(_ detail: AgencyDetail, _ language: Language, _ doc: inout DocBuilder) {
        let covered = detail.divisions.filter { detail.divisionsWithMain.contains($0.id) }
        doc.heading(
            LabelText.divisions(covered: covered.count, total: detail.divisions.count).text(language))
        if detail.divisions.isEmpty { doc.paragraph(LabelText.none.text(language), .muted) }
        for division in detail.divisions {
            let hasMain = detail.divisionsWithMain.contains(division.id)
            doc.line(
                [
                    DocSpan(hasMain ? "✓ " : "✗ ", hasMain ? .ok : .warning), DocSpan(division.name),
                    DocSpan(hasMain ? "" : "  " + LabelText.noMain.text(language), .warning),
                ], item: .division(division.id))
        }
    }
}
