import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// `inovasi innovation edit ID [--title …] [--opd …] …`: changes only the fields given (admin only).
/// The stage, the main flag and the stop have their own commands.
struct InnovationEditCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "edit", abstract: InnovationText.edit.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(InnovationText.idHelp.current, valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(InnovationText.opdHelp.current, valueName: "code"))
    var opd: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.bidangHelp.current, valueName: "name"))
    var bidang: String?

    @Flag(name: .long, help: ArgumentHelp(InnovationText.noBidangHelp.current))
    var noBidang = false

    @Option(name: .long, help: ArgumentHelp(InnovationText.titleHelp.current, valueName: "text"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.formHelp.current, valueName: "form"))
    var form: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.kindHelp.current, valueName: "kind"))
    var kind: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.affairHelp.current, valueName: "text"))
    var affair: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.startedHelp.current, valueName: "date"))
    var started: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.initiatorKindHelp.current, valueName: "kind"))
    var initiatorKind: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.initiatorHelp.current, valueName: "name"))
    var initiator: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.summaryHelp.current, valueName: "text"))
    var summary: String?

    @OptionGroup var profile: ProfileOptions

    func run() throws {
        try InnovationRunner.run(global) { context in
            let number = try InnovationInput.id(id)
            let store = try context.openStore(.readWrite)
            let stored = try InnovationInput.existing(number, store: store, context: context)
            var edited = try fields(over: stored, zone: context.zone)
            try place(&edited, store: store, context: context)
            let saved = try store.editInnovation(edited, by: context.user, now: context.now)
            let message =
                saved == stored ? InnovationMessageText.unchanged(number) : InnovationMessageText.edited(number)
            context.console.line(message.text(context.language))
            InnovationWarnings.print(saved, context)
        }
    }

    /// The stored innovation with the given plain fields and profile options applied.
    private func fields(over stored: Innovation, zone: TimeZone) throws(InputRefusal) -> Innovation {
        var edited = stored
        if let title { edited.title = title }
        if let form { edited.form = try InnovationInput.form(form) }
        if let kind { edited.kind = try InnovationInput.kind(kind) }
        if let affair { edited.affair = affair }
        if let started { edited.startedOn = try InnovationInput.day(started, option: "--started", zone: zone) }
        if let initiatorKind { edited.initiatorKind = try InnovationInput.initiatorKind(initiatorKind) }
        if let initiator { edited.initiatorName = initiator }
        if let summary { edited.summary = summary }
        edited.profile = try profile.applied(to: stored.profile, zone: zone)
        return edited
    }

    /// The OPD and bidang: a new OPD drops the bidang unless `--bidang` names one of the new OPD's.
    private func place(_ edited: inout Innovation, store: Store, context: CommandContext) throws {
        var agency: Agency?
        if let opd {
            let found = try InnovationInput.agency(opd, store: store, context: context)
            if found.id != edited.agencyID { edited.divisionID = nil }
            edited.agencyID = found.id
            agency = found
        }
        if noBidang { edited.divisionID = nil }
        if let bidang {
            let owner = try agency ?? store.agency(id: edited.agencyID)
            guard let owner else { return }
            edited.divisionID = try InnovationInput.division(bidang, of: owner, store: store, context: context).id
        }
    }
}
