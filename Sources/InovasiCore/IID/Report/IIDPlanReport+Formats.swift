import Foundation

/// The formats of `inovasi iid`.
public enum IIDPlanFormat: String, CaseIterable, Sendable {
    /// The terminal: summary lines and two tables.
    case table
    /// The briefing for the Wali Kota.
    case markdown
    /// The ranked actions, one row each, for a spreadsheet.
    case csv
    /// Everything, with stable English keys, for scripts.
    case json
}

extension IIDPlanReport {
    /// The terminal text: heading, summary, innovations, ranked actions.
    public func table() -> String {
        var lines = [IIDReportText.heading(estimate.year, city: city).text(language)]
        if let agencyName { lines.append(IIDReportText.onlyAgency(agencyName).text(language)) }
        lines += summary().map { "  " + $0.label + ": " + $0.value }
        var text = lines.map(Sanitizer.clean).joined(separator: "\n") + "\n\n"
        text += IIDReportText.innovations.text(language) + "\n"
        text += innovations.isEmpty ? IIDReportText.noInnovations.text(language) + "\n" : innovationTable().render()
        text += "\n"
        text += IIDReportText.actions(top).text(language) + "\n"
        text += actions.isEmpty ? IIDReportText.noActions.text(language) + "\n" : actionTable(maxWidth: 90).render()
        return text
    }

    /// The briefing for the Wali Kota (issue 15 point 6): estimate, predicate, gap to the next
    /// predicate, the most valuable actions with the OPD responsible, evidence missing per OPD.
    public func markdown() -> String {
        var lines = [
            "# " + MarkdownText.escape(IIDReportText.briefingHeading(estimate.year, city: city).text(language)), "",
        ]
        lines.append(IIDReportText.basis.text(language))
        if let agencyName { lines += ["", MarkdownText.escape(IIDReportText.onlyAgency(agencyName).text(language))] }
        lines.append("")
        lines += summary().map { "- **" + MarkdownText.escape($0.label) + "**: " + MarkdownText.escape($0.value) }
        lines += ["", "## " + MarkdownText.escape(IIDReportText.actions(top).text(language)), ""]
        lines.append(
            actions.isEmpty ? IIDReportText.noActions.text(language) + "\n" : actionTable(maxWidth: nil).markdown())
        lines += ["## " + MarkdownText.escape(IIDReportText.missingPerAgency.text(language)), ""]
        let missing = missingPerAgency
        if missing.isEmpty { lines.append(IIDReportText.noneMissing.text(language)) }
        for group in missing {
            lines += ["### " + MarkdownText.escape(group.agency), ""]
            lines += group.items.map {
                "- " + MarkdownText.escape($0.title) + ": " + MarkdownText.escape(missingList($0))
            }
            lines.append("")
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .newlines) + "\n"
    }

    /// The ranked actions as CSV rows (the only table a spreadsheet needs to hand out the work).
    public func csvRows() -> (header: [String], rows: [[String]]) {
        let header = ["rank", "gain", "action", "agency", "innovation_id", "innovation", "indicator", "from", "to"]
        let rows = actions.enumerated().map { position, action -> [String] in
            let (indicator, from, to) = Self.levels(action.kind)
            return [
                String(position + 1), String(format: "%.4f", action.gain),
                IIDPlanText.action(action, rules: estimate.formula.rules).text(language), responsible(action),
                action.innovationID.map(String.init) ?? "", action.innovationTitle, indicator,
                from.map(String.init) ?? "", to.map(String.init) ?? "",
            ]
        }
        return (header, rows)
    }

    static func levels(_ kind: IIDAction.Kind) -> (String, Int?, Int?) {
        switch kind {
        case .raise(let indicator, let from, let to): (indicator, from, to)
        case .addEvidence(let indicator, let level): (indicator, level, level)
        case .addInnovations, .leaveOut: ("", nil, nil)
        }
    }

    /// The ranked actions; the terminal cuts the action's text at `maxWidth`, the briefing keeps it whole.
    func actionTable(maxWidth: Int?) -> TextTable {
        var table = TextTable(columns: [
            .init(IIDReportText.rankColumn.text(language), alignment: .right),
            .init(IIDReportText.gainColumn.text(language), alignment: .right),
            .init(IIDReportText.actionColumn.text(language), maxWidth: maxWidth),
            .init(ColumnText.reportAgency.text(language), maxWidth: 30),
        ])
        for (position, action) in actions.enumerated() {
            table.add([
                String(position + 1), gain(action.gain),
                IIDPlanText.action(action, rules: estimate.formula.rules).text(language), responsible(action),
            ])
        }
        return table
    }

    func innovationTable() -> TextTable {
        var table = TextTable(columns: [
            .init(IIDReportText.innovationColumn.text(language), maxWidth: 40),
            .init(ColumnText.reportAgency.text(language), maxWidth: 24),
            .init(IIDReportText.stateColumn.text(language)),
            .init(IIDReportText.sidColumn(number(estimate.sidMaximum, 0)).text(language), alignment: .right),
            .init(IIDReportText.missingColumn.text(language), maxWidth: 60),
        ])
        for status in innovations {
            table.add([
                status.title, status.agencyName, IIDPlanText.sendState(status).text(language), number(status.sid, 0),
                missingList(status),
            ])
        }
        return table
    }
}
