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
        let figures = view.figures
        doc.heading(PlannerText.estimate.text(language))
        guard let estimate = figures.estimate else {
            let missing = figures.missingSections.joined(separator: ", ")
            doc.paragraph(PlannerText.incomplete(missing).text(language), .warning)
            return doc.lines
        }
        Self.estimate(estimate, language, &doc)
        actions(figures, view.setup.rules, language, &doc)
        innovations(figures, estimate, language, &doc)
        return doc.lines
    }

    /// "Perencana IID 2026 · DINKES", marked while the what-if mode is on.
    static func title(_ view: PlannerView, _ language: Language) -> String {
        let title =
            view.agencyName.map { PlannerText.agencyTitle(view.setup.year, $0) } ?? PlannerText.title(view.setup.year)
        guard view.isWhatIf else { return title.text(language) }
        return title.text(language) + " · " + PlannerText.whatIfTag.text(language)
    }

    static func estimate(_ estimate: IIDEstimate, _ language: Language, _ doc: inout DocBuilder) {
        let points = { (value: Double) in PlannerFormat.points(value, language) }
        doc.field(
            PlannerText.spd.text(language),
            PlannerText.of(points(estimate.spd), points(estimate.spdMaximum)).text(language))
        let maturity = estimate.maturity
        let sum = maturity.average * Double(maturity.divisor)
        doc.field(
            PlannerText.maturity.text(language),
            points(maturity.average) + " · "
                + PlannerText.divisor(points(sum), maturity.divisor, estimate.sent).text(language))
        let missing = estimate.missingAffairs
        let affairs =
            missing.isEmpty ? PlannerText.affairsCovered : PlannerText.affairsMissing(missing.joined(separator: "; "))
        doc.field(
            PlannerText.number.text(language), points(estimate.number) + " · " + affairs.text(language),
            missing.isEmpty ? .normal : .warning)
        doc.field(
            PlannerText.total.text(language),
            PlannerText.of(points(estimate.total), points(estimate.maxTotal)).text(language))
        let predicate = estimate.predicate?.name ?? PlannerText.noPredicate.text(language)
        doc.field(
            PlannerText.index.text(language), PlannerFormat.index(estimate.index, language) + "  " + predicate, .ok)
        if let official = estimate.lastOfficial {
            doc.field(
                PlannerText.lastOfficial.text(language),
                "\(official.year): \(PlannerFormat.index(official.index, language))  \(official.predicate)", .muted)
        }
        if let next = estimate.nextPredicate, let gap = estimate.pointsToNext {
            let text = PlannerText.gap(
                next.name, PlannerFormat.index(next.from, language), PlannerFormat.index(gap, language))
            doc.field(PlannerText.nextPredicate.text(language), text.text(language), .warning)
        } else {
            doc.field(PlannerText.nextPredicate.text(language), PlannerText.topBand.text(language), .ok)
        }
    }

    static func actions(_ figures: PlannerFigures, _ rules: IIDRules, _ language: Language, _ doc: inout DocBuilder) {
        doc.heading(PlannerText.actions.text(language))
        if figures.actions.isEmpty { doc.paragraph(PlannerText.noActions.text(language), .muted) }
        for (rank, action) in figures.actions.enumerated() {
            let head =
                TextLayout.pad("\(rank + 1).", toWidth: 4)
                + TextLayout.pad(
                    "+" + PlannerFormat.index(action.gain, language), toWidth: 7)
            let text = IIDPlanText.action(action, rules: rules).text(language)
            let agency = action.agencyName.isEmpty ? "" : " · " + action.agencyName
            let wrapped = TextLayout.wrap(Sanitizer.clean(text + agency), width: max(10, doc.width - 11))
            for (index, piece) in wrapped.enumerated() {
                doc.line([
                    DocSpan(index == 0 ? head : String(repeating: " ", count: 11), index == 0 ? .ok : .normal),
                    DocSpan(piece),
                ])
            }
        }
    }

    static func innovations(
        _ figures: PlannerFigures, _ estimate: IIDEstimate, _ language: Language, _ doc: inout DocBuilder
    ) {
        doc.heading(PlannerText.innovations(figures.rows.count).text(language))
        let maximum = PlannerFormat.points(estimate.sidMaximum, language)
        for row in figures.rows {
            let score = "SID " + PlannerFormat.points(row.sid, language) + "/" + maximum
            doc.line(
                [
                    DocSpan(TextLayout.pad(score, toWidth: 12), row.missingMandatory.isEmpty ? .ok : .warning),
                    DocSpan(row.title), DocSpan("  " + row.agencyName, .muted),
                ], item: .innovation(row.id))
            if !row.missingMandatory.isEmpty {
                let names = row.missingMandatory.map { "\($0.number) \($0.name)" }.joined(separator: ", ")
                doc.paragraph(PlannerText.missing(names).text(language), .warning, indent: 12)
            }
            if !row.sent { doc.paragraph(IIDPlanText.sendState(row).text(language), .muted, indent: 12) }
        }
    }
}
