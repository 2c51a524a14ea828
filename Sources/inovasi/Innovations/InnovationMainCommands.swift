import ArgumentParser
import InovasiCore

/// `inovasi innovation set-main ID`: the main innovation of its OPD (no bidang) or its bidang; the
/// previous one is cleared, each change audited (admin only).
struct InnovationSetMainCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set-main", abstract: InnovationText.setMain.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(InnovationText.idHelp.current, valueName: "id"))
    var id: String

    func run() throws {
        try InnovationMainChange.run(global, id: id, main: true)
    }
}

/// `inovasi innovation unset-main ID`: no longer the main innovation (admin only).
struct InnovationUnsetMainCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "unset-main", abstract: InnovationText.unsetMain.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(InnovationText.idHelp.current, valueName: "id"))
    var id: String

    func run() throws {
        try InnovationMainChange.run(global, id: id, main: false)
    }
}

/// The body both main-flag commands share.
enum InnovationMainChange {
    static func run(_ global: GlobalOptions, id: String, main: Bool) throws {
        try InnovationRunner.run(global) { context in
            let number = try InnovationInput.id(id)
            let store = try context.openStore(.readWrite)
            _ = try InnovationInput.existing(number, store: store, context: context)
            try store.setMain(number, main, by: context.user, now: context.now)
            let message = main ? InnovationMessageText.mainSet(number) : InnovationMessageText.mainUnset(number)
            context.console.line(message.text(context.language))
        }
    }
}
