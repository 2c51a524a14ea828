import ArgumentParser
import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi iid evidence INNOVATION|region [--year Y] [--format table|csv|json|markdown]`: every
/// indicator of the target's part with what is recorded (regulasi read from the penetapan), so a
/// person can check what the estimate will count.
struct IIDEvidenceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "evidence", abstract: IIDEvidenceText.evidenceCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(IIDEvidenceText.targetHelp.current, valueName: "innovation|region"))
    var target: String

    @Option(name: .long, help: ArgumentHelp(IIDRulesText.yearOption.current, valueName: "year"))
    var year: Int?

    @OptionGroup var output: FormatOptions

    func run() throws {
        try InnovationRunner.run(global) { context in
            let innovationID = try IIDEvidenceInput.target(target)
            let rules = try IIDEvidenceInput.rules(year: year, context)
            let store = try context.openStore(.readOnly)
            var enactment: Enactment?
            if let innovationID {
                guard let innovation = try store.innovation(id: innovationID) else {
                    throw InputRefusal(IIDEvidenceText.unknownInnovation(innovationID))
                }
                enactment = innovation.profile.enactment
            }
            let records = try store.iidEvidence(year: rules.year, innovationID: innovationID)
            let rows = IIDEvidenceRow.rows(
                indicators: innovationID == nil ? rules.spd : rules.sid, records: records, enactment: enactment,
                style: OutputStyle(context, output))
            let listing = IIDEvidenceListing(
                title: IIDEvidenceInput.name(innovationID).text(context.language), year: rules.year, rows: rows,
                style: OutputStyle(context, output))
            context.console.out(try listing.render(output.value))
        }
    }
}
