import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// `inovasi iid set INNOVATION|region INDICATOR LEVEL --evidence TEXT [--note TEXT] [--year Y]`:
/// one indicator's level and evidence, audited; the same values again change nothing.
struct IIDSetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set", abstract: IIDEvidenceText.setCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(IIDEvidenceText.targetHelp.current, valueName: "innovation|region"))
    var target: String

    @Argument(help: ArgumentHelp(IIDEvidenceText.indicatorHelp.current, valueName: "indicator"))
    var indicator: String

    @Argument(help: ArgumentHelp(IIDEvidenceText.levelHelp.current, valueName: "0-3"))
    var level: String

    @Option(name: .long, help: ArgumentHelp(IIDEvidenceText.evidenceHelp.current, valueName: "text"))
    var evidence: String = ""

    @Option(name: .long, help: ArgumentHelp(IIDEvidenceText.noteHelp.current, valueName: "text"))
    var note: String = ""

    @Option(name: .long, help: ArgumentHelp(IIDRulesText.yearOption.current, valueName: "year"))
    var year: Int?

    func run() throws {
        try InnovationRunner.run(global) { context in
            let innovationID = try IIDEvidenceInput.target(target)
            let level = try IIDEvidenceInput.level(level)
            let rules = try IIDEvidenceInput.rules(year: year, context)
            let indicator = try IIDEvidenceInput.indicator(indicator, innovationID: innovationID, rules: rules)
            let store = try context.openStore(.readWrite)
            let entry = IIDEvidence(
                year: rules.year, innovationID: innovationID, indicator: indicator.number, level: level,
                document: evidence, note: note)
            let before = try store.iidEvidence(year: rules.year, innovationID: innovationID)
            let saved = try store.setIIDEvidence(entry, rules: rules, by: context.user, now: context.now)
            let name = IIDEvidenceInput.name(innovationID).text(context.language)
            if before.contains(saved) {
                context.console.line(
                    IIDEvidenceText.unchanged(target: name, indicator: saved.indicator, year: rules.year)
                        .text(context.language))
            } else {
                context.console.line(
                    IIDEvidenceText.saved(
                        target: name, indicator: saved.indicator, name: indicator.name, level: saved.level,
                        year: rules.year
                    ).text(context.language))
            }
            if saved.document.isEmpty, saved.level > 0 {
                context.console.err(IIDEvidenceText.noDocument.text(context.language))
            }
        }
    }
}
