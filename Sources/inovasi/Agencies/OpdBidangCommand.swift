import ArgumentParser
import InovasiCore
import InovasiStore

/// `inovasi opd bidang add|rename|remove`: the bidang (or seksi) of an OPD.
struct OpdBidangCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "bidang", abstract: OpdHelpText.bidang.current,
            subcommands: [OpdBidangAddCommand.self, OpdBidangRenameCommand.self, OpdBidangRemoveCommand.self])
    }
}

/// `inovasi opd bidang add CODE NAME`.
struct OpdBidangAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: OpdHelpText.bidangAdd.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(OpdHelpText.which.current, valueName: "opd"))
    var opd: String

    @Argument(help: ArgumentHelp(OpdHelpText.bidangName.current, valueName: "name"))
    var name: String

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let agency = try OpdInput.agency(opd, option: "OPD", in: store, context)
            let saved = try store.addDivision(
                Division(agencyID: agency.id, name: name), by: context.user, now: context.now)
            context.console.line(OpdText.divisionAdded(saved.name, agency: agency.code).text(context.language))
        }
    }
}

/// `inovasi opd bidang rename CODE NAME NEW-NAME`.
struct OpdBidangRenameCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rename", abstract: OpdHelpText.bidangRename.current)
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var bidang: BidangArguments

    @Argument(help: ArgumentHelp(OpdHelpText.bidangNewName.current, valueName: "new-name"))
    var newName: String

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let agency = try OpdInput.agency(bidang.opd, option: "OPD", in: store, context)
            let division = try OpdInput.division(bidang.name, of: agency, in: store, context)
            let saved = try store.renameDivision(id: division.id, to: newName, by: context.user, now: context.now)
            context.console.line(
                OpdText.divisionRenamed(division.name, to: saved.name, agency: agency.code).text(context.language))
        }
    }
}

/// `inovasi opd bidang remove CODE NAME`: refused while an innovation or proposal uses the bidang.
struct OpdBidangRemoveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "remove", abstract: OpdHelpText.bidangRemove.current)
    }

    @OptionGroup var global: GlobalOptions

    @OptionGroup var bidang: BidangArguments

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let agency = try OpdInput.agency(bidang.opd, option: "OPD", in: store, context)
            let division = try OpdInput.division(bidang.name, of: agency, in: store, context)
            try store.removeDivision(id: division.id, by: context.user, now: context.now)
            context.console.line(OpdText.divisionRemoved(division.name, agency: agency.code).text(context.language))
        }
    }
}

/// The OPD and the bidang that `opd bidang rename` and `remove` act on, in that order.
struct BidangArguments: ParsableArguments {
    @Argument(help: ArgumentHelp(OpdHelpText.which.current, valueName: "opd"))
    var opd: String

    @Argument(help: ArgumentHelp(OpdHelpText.bidangName.current, valueName: "name"))
    var name: String
}
