import Foundation
import InovasiCore

/// `inovasi iid rules` in each format: the year's rules as the program will score with them, each
/// value's check state beside it so the office sees what still needs the official letter.
struct IIDRulesOutput {
    let rules: IIDRules
    let language: Language

    /// The rules in `format` (`csv` is refused before: the rules are not one table).
    func render(_ format: IIDRulesFormat) -> String {
        switch format {
        case .table: table()
        case .markdown: markdown()
        case .json: json()
        }
    }

    /// The rules' summary lines and the two indicator tables, aligned for a terminal.
    func table() -> String {
        var lines = [IIDRulesText.heading(rules.year).text(language)]
        lines += summary().map { "  " + $0.label.text(language) + ": " + $0.value }
        var text = lines.map(Sanitizer.clean).joined(separator: "\n") + "\n"
        for (title, list, maximum) in sections() where !list.isEmpty {
            let heading = title.text(language) + " (" + IIDRulesText.maximum(number(maximum)).text(language) + ")"
            text += "\n" + Sanitizer.clean(heading) + "\n" + indicatorTable(list).render()
        }
        return text
    }

    /// The same as Markdown: a heading, a list, two tables.
    func markdown() -> String {
        var lines = ["# " + MarkdownText.escape(IIDRulesText.heading(rules.year).text(language)), ""]
        lines += summary().map { "- **" + $0.label.text(language) + "**: " + MarkdownText.escape($0.value) }
        for (title, list, maximum) in sections() where !list.isEmpty {
            let heading = title.text(language) + " (" + IIDRulesText.maximum(number(maximum)).text(language) + ")"
            lines += ["", "## " + MarkdownText.escape(heading), "", indicatorTable(list).markdown()]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Stable English keys, for scripts and the later planner's checks.
    func json() -> String {
        let object = IIDRulesJSON.object(rules)
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
            let text = String(data: data, encoding: .utf8)
        else { return "{}\n" }
        return JSONText.escapingControls(text) + "\n"
    }

    private func sections() -> [(Localized, [IIDIndicator], Double)] {
        [(IIDRulesText.spd, rules.spd, rules.spdMaximum), (IIDRulesText.sid, rules.sid, rules.sidMaximum)]
    }

    private func summary() -> [(label: Localized, value: String)] {
        let unknown = IIDRulesText.unknown.text(language)
        var rows: [(label: Localized, value: String)] = [
            (IIDRulesText.source, rules.source.isEmpty ? unknown : rules.source),
            (IIDRulesText.verifiedLabel, (rules.verified ? IIDRulesText.yes : IIDRulesText.no).text(language)),
            (IIDRulesText.maxTotal, rules.maxTotal.map(number) ?? unknown),
        ]
        rows.append(
            (IIDRulesText.divisor, rules.divisor.map { String($0.minimum) + checked($0.provenance) } ?? unknown))
        rows.append(
            (
                IIDRulesText.numberScore,
                rules.numberScore.map {
                    IIDRulesText.perInnovation(number($0.perInnovation), cap: $0.cap).text(language)
                        + checked($0.provenance)
                } ?? unknown
            ))
        rows.append(
            (
                IIDRulesText.affairs,
                rules.basicServiceAffairs.map { $0.affairs.joined(separator: "; ") + checked($0.provenance) }
                    ?? unknown
            ))
        rows.append(
            (
                IIDRulesText.predicates,
                rules.predicates.map { rule in
                    rule.bands.map { $0.name + " ≥ " + number($0.from) }.joined(separator: "; ")
                        + checked(rule.provenance)
                } ?? unknown
            ))
        rows.append(
            (
                IIDRulesText.window,
                rules.window.map { "\($0.from) – \($0.to)" + checked($0.provenance) } ?? unknown
            ))
        rows += planRows()
        if !rules.missingSections.isEmpty {
            rows.append((IIDRulesText.missing, rules.missingSections.joined(separator: ", ")))
        }
        return rows
    }

    /// The planner's fields: the stage required, the last official result, the indicators read
    /// from the penetapan.
    private func planRows() -> [(label: Localized, value: String)] {
        let unknown = IIDRulesText.unknown.text(language)
        var rows: [(label: Localized, value: String)] = [
            (
                IIDRulesText.stageRequired,
                rules.requiredStage.map { $0.label.text(language) } ?? IIDRulesText.anyStage.text(language)
            )
        ]
        let official = rules.lastOfficial.map { result in
            IIDRulesText.official(
                NumberText.decimal(result.index, fractionDigits: 2, language), predicate: result.predicate,
                year: result.year
            ).text(language)
                + (result.source.isEmpty ? "" : ", " + result.source)
        }
        rows.append((IIDRulesText.lastOfficial, official ?? unknown))
        let enacted = rules.sid.filter(\.fromEnactment).map { $0.number + " " + $0.name }
        if !enacted.isEmpty { rows.append((IIDRulesText.fromEnactment, enacted.joined(separator: ", "))) }
        return rows
    }

    private func indicatorTable(_ list: [IIDIndicator]) -> TextTable {
        var table = TextTable(
            columns: [
                .init(IIDRulesText.numberColumn.text(language)), .init(IIDRulesText.nameColumn.text(language)),
                .init(IIDRulesText.weightColumn.text(language), alignment: .right),
                .init(IIDRulesText.mandatoryColumn.text(language)),
                .init(IIDRulesText.level(1).text(language), maxWidth: 28),
                .init(IIDRulesText.level(2).text(language), maxWidth: 28),
                .init(IIDRulesText.level(3).text(language), maxWidth: 28),
                .init(IIDRulesText.verifiedLabel.text(language)),
            ])
        for item in list {
            let mandatory = item.mandatory ? IIDRulesText.yes : IIDRulesText.no
            let checked = item.provenance.verified ? IIDRulesText.yes : IIDRulesText.no
            table.add(
                [item.number, item.name, number(item.weight), mandatory.text(language)] + item.levels
                    + [checked.text(language)])
        }
        return table
    }

    /// " (belum diverifikasi)" after an unchecked value, nothing after a checked one.
    private func checked(_ provenance: IIDProvenance) -> String {
        provenance.verified ? "" : " (" + IIDRulesText.unverified.text(language) + ")"
    }

    private func number(_ value: Double) -> String {
        let digits = value == value.rounded() ? 0 : (value * 10 == (value * 10).rounded() ? 1 : 2)
        return NumberText.decimal(value, fractionDigits: digits, language)
    }
}

/// The formats of `inovasi iid rules`: no CSV, the rules are not one table.
enum IIDRulesFormat: String, CaseIterable {
    case table, json, markdown
}
