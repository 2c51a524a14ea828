import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// `inovasi innovation add --opd CODE --title … --form … --kind … --affair … --started DATE`: adds an
/// innovation (admin only), with its stage history from the start day.
struct InnovationAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: InnovationText.add.current)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(InnovationText.opdHelp.current, valueName: "code"))
    var opd: String

    @Option(name: .long, help: ArgumentHelp(InnovationText.bidangHelp.current, valueName: "name"))
    var bidang: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.titleHelp.current, valueName: "text"))
    var title: String

    @Option(name: .long, help: ArgumentHelp(InnovationText.formHelp.current, valueName: "form"))
    var form: String

    @Option(name: .long, help: ArgumentHelp(InnovationText.kindHelp.current, valueName: "kind"))
    var kind: String

    @Option(name: .long, help: ArgumentHelp(InnovationText.affairHelp.current, valueName: "text"))
    var affair: String

    @Option(name: .long, help: ArgumentHelp(InnovationText.startedHelp.current, valueName: "date"))
    var started: String

    @Option(name: .long, help: ArgumentHelp(InnovationText.stageHelp.current, valueName: "stage"))
    var stage: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.stageChangedHelp.current, valueName: "date"))
    var stageChanged: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.initiatorKindHelp.current, valueName: "kind"))
    var initiatorKind: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.initiatorHelp.current, valueName: "name"))
    var initiator: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.summaryHelp.current, valueName: "text"))
    var summary: String?

    @OptionGroup var profile: ProfileOptions

    func run() throws {
        try InnovationRunner.run(global) { context in
            let zone = context.zone
            let startedOn = try InnovationInput.day(started, option: "--started", zone: zone)
            let changedOn = try stageChanged.map { try InnovationInput.day($0, option: "--stage-changed", zone: zone) }
            let values = (
                form: try InnovationInput.form(form), kind: try InnovationInput.kind(kind),
                stage: try stage.map { try InnovationInput.stage($0, option: "--stage") } ?? .initiative,
                initiator: try initiatorKind.map(InnovationInput.initiatorKind) ?? .agency,
                profile: try profile.applied(to: InnovationProfile(), zone: zone)
            )
            let store = try context.openStore(.readWrite)
            let agency = try InnovationInput.agency(opd, store: store, context: context)
            let division = try bidang.map {
                try InnovationInput.division($0, of: agency, store: store, context: context)
            }
            let innovation = Innovation(
                title: title, agencyID: agency.id, divisionID: division?.id, form: values.form, kind: values.kind,
                stage: values.stage, initiatorKind: values.initiator, initiatorName: initiator ?? agency.name,
                affair: affair, isMain: false, summary: summary ?? "", startedOn: startedOn, stageChangedOn: changedOn,
                profile: values.profile)
            let saved = try store.addInnovation(innovation, by: context.user, now: context.now)
            context.console.line(InnovationMessageText.added(saved.id, saved.title).text(context.language))
            InnovationWarnings.print(saved, context)
        }
    }
}

/// Warnings after a save that does not refuse: a rancang bangun under the IID's 300 words.
enum InnovationWarnings {
    static func print(_ innovation: Innovation, _ context: CommandContext) {
        guard innovation.profile.designIsThin else { return }
        context.console.err(InnovationMessageText.thinDesign(innovation.profile.designWords).text(context.language))
    }
}
