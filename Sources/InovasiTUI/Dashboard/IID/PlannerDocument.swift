import InovasiCore

/// The planner's lines: the what-if banner, the estimate, the ranked actions and the innovations
/// with what they miss (each selectable, for the what-if).
enum PlannerDocument {
    static func lines(_ view: PlannerView, state: DashboardState, width: Int) -> [DocLine] {
        let language = state.language
        var doc = DocBuilder(width: width)
        if view.isWhatIf {
            doc.line([DocSpan(PlannerText.whatIfBanner(view.whatIfCount).text(language), .warning)])
        }
        let figures = PlannerFigures(view)
        doc.heading(PlannerText.estimate.text(language))
        if figures.missingSections.isEmpty {
            estimate(figures, view.setup.rules, language, &doc)
        } else {
            doc.paragraph(PlannerText.incomplete(figures.missingSections.joined(separator: ", ")).text(language), .warning)
        }
        actions(figures, language, &doc)
        innovations(figures, view.setup.rules, language, &doc)
        return doc.lines
    }

    static func estimate(_ figures: PlannerFigures, _ rules: IIDRules, _ language: Language, _ doc: inout DocBuilder) {
        let points = { (value: Double) in PlannerFormat.points(value, language) }
        doc.field(PlannerText.spd.text(language), PlannerText.of(points(figures.spd), points(rules.spdMaximum)).text(language))
        let sum = figures.maturity.average * Double(figures.maturity.divisor)
        doc.field(
            PlannerText.maturity.text(language),
            points(figures.maturity.average) + " · "
                + PlannerText.divisor(points(sum), figures.maturity.divisor, figures.sent).text(language))
        let affairs =
            figures.missingAffairs.isEmpty
            ? PlannerText.affairsCovered : PlannerText.affairsMissing(figures.missingAffairs.joined(separator: ", "))
        doc.field(
            PlannerText.number.text(language), points(figures.number) + " · " + affairs.text(language),
            figures.missingAffairs.isEmpty ? .normal : .warning)
        doc.field(
            PlannerText.total.text(language), PlannerText.of(points(figures.total), points(rules.maxTotal ?? 0)).text(language))
        let predicate = figures.predicate?.name ?? PlannerText.noPredicate.text(language)
        doc.field(PlannerText.index.text(language), PlannerFormat.index(figures.index, language) + "  " + predicate, .ok)
        if let official = rules.lastOfficial {
            doc.field(
                PlannerText.lastOfficial.text(language),
                "\(official.year): \(PlannerFormat.index(official.index, language))  \(official.predicate)", .muted)
        }
        if let next = figures.next, let gap = figures.gap {
            let text = PlannerText.gap(next.name, PlannerFormat.index(next.from, language), PlannerFormat.index(gap, language))
            doc.field(PlannerText.nextPredicate.text(language), text.text(language), .warning)
        } else {
            doc.field(PlannerText.nextPredicate.text(language), PlannerText.topBand.text(language), .ok)
        }
    }

    static func actions(_ figures: PlannerFigures, _ language: Language, _ doc: inout DocBuilder) {
        doc.heading(PlannerText.actions.text(language))
        if figures.actions.isEmpty { doc.paragraph(PlannerText.noActions.text(language), .muted) }
        for (rank, action) in figures.actions.enumerated() {
            doc.line([
                DocSpan(TextLayout.pad("\(rank + 1).", toWidth: 4), .label),
                DocSpan(TextLayout.pad("+" + PlannerFormat.index(action.points, language), toWidth: 7), .ok),
                DocSpan(action.text.text(language)), DocSpan("  " + action.agencyName, .muted),
            ])
        }
    }

    static func innovations(
        _ figures: PlannerFigures, _ rules: IIDRules, _ language: Language, _ doc: inout DocBuilder
    ) {
        doc.heading(PlannerText.innovations(figures.rows.count).text(language))
        let maximum = PlannerFormat.points(rules.sidMaximum, language)
        for row in figures.rows {
            let score = "SID " + PlannerFormat.points(row.score, language) + "/" + maximum
            doc.line(
                [
                    DocSpan(TextLayout.pad(score, toWidth: 12), row.missing.isEmpty ? .ok : .warning),
                    DocSpan(row.facts.title), DocSpan("  " + row.facts.agencyName, .muted),
                ], item: .innovation(row.facts.id))
            if !row.missing.isEmpty {
                let names = row.missing.map { "\($0.number) \($0.name)" }.joined(separator: ", ")
                doc.paragraph(PlannerText.missing(names).text(language), .warning, indent: 12)
            }
            if !row.notSent.isEmpty {
                let reasons = row.notSent.map { $0.text(language) }.joined(separator: ", ")
                doc.paragraph(PlannerText.notSent(reasons).text(language), .muted, indent: 12)
            }
        }
    }
}
