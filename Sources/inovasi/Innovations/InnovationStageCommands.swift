import ArgumentParser
import Foundation
import InovasiCore

/// `inovasi innovation advance ID [--note …]`: one stage forward, by ``StageRule`` (admins and reviewers).
struct InnovationAdvanceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "advance", abstract: InnovationText.advance.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(InnovationText.idHelp.current, valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(InnovationText.noteHelp.current, valueName: "text"))
    var note: String = ""

    func run() throws {
        try InnovationRunner.run(global) { context in
            let number = try InnovationInput.id(id)
            let store = try context.openStore(.readWrite)
            _ = try InnovationInput.existing(number, store: store, context: context)
            let saved = try store.moveStage(of: number, .advance, note: note, by: context.user, now: context.now)
            context.console.line(InnovationMessageText.staged(number, saved.stage).text(context.language))
        }
    }
}

/// `inovasi innovation stage ID STAGE --note …`: back to an earlier stage, by an admin, with a note.
struct InnovationStageCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "stage", abstract: InnovationText.stage.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(InnovationText.idHelp.current, valueName: "id"))
    var id: String

    @Argument(help: ArgumentHelp(InnovationText.targetStageHelp.current, valueName: "stage"))
    var stage: String

    @Option(name: .long, help: ArgumentHelp(InnovationText.noteHelp.current, valueName: "text"))
    var note: String = ""

    func run() throws {
        try InnovationRunner.run(global) { context in
            let number = try InnovationInput.id(id)
            let target = try InnovationInput.stage(stage, option: "STAGE")
            let store = try context.openStore(.readWrite)
            _ = try InnovationInput.existing(number, store: store, context: context)
            let saved = try store.moveStage(
                of: number, .back(to: target), note: note, by: context.user, now: context.now)
            context.console.line(InnovationMessageText.staged(number, saved.stage).text(context.language))
        }
    }
}

/// `inovasi innovation stop ID --reason … [--date DATE]`: stops an innovation (admin only).
struct InnovationStopCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "stop", abstract: InnovationText.stop.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(InnovationText.idHelp.current, valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(InnovationText.reasonHelp.current, valueName: "text"))
    var reason: String

    @Option(name: .long, help: ArgumentHelp(InnovationText.stopDateHelp.current, valueName: "date"))
    var date: String?

    func run() throws {
        try InnovationRunner.run(global) { context in
            let number = try InnovationInput.id(id)
            let on = try date.map { try InnovationInput.day($0, option: "--date", zone: context.zone) } ?? context.now
            let store = try context.openStore(.readWrite)
            _ = try InnovationInput.existing(number, store: store, context: context)
            try store.stopInnovation(number, reason: reason, on: on, by: context.user, now: context.now)
            context.console.line(InnovationMessageText.stopped(number).text(context.language))
        }
    }
}

/// `inovasi innovation resume ID [--note …]`: a stopped innovation runs again (admin only, audited).
struct InnovationResumeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "resume", abstract: InnovationText.resume.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(InnovationText.idHelp.current, valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(InnovationText.noteHelp.current, valueName: "text"))
    var note: String = ""

    func run() throws {
        try InnovationRunner.run(global) { context in
            let number = try InnovationInput.id(id)
            let store = try context.openStore(.readWrite)
            _ = try InnovationInput.existing(number, store: store, context: context)
            try store.resumeInnovation(number, note: note, by: context.user, now: context.now)
            context.console.line(InnovationMessageText.resumed(number).text(context.language))
        }
    }
}
