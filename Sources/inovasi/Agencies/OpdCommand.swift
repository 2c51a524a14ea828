import ArgumentParser
import InovasiCore
import InovasiStore

/// `inovasi opd`: the OPDs of the store, their bidang and the other names the importer knows them by.
struct OpdCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "opd", abstract: OpdHelpText.opdCommand.current,
            subcommands: [
                OpdAddCommand.self, OpdEditCommand.self, OpdDeactivateCommand.self, OpdActivateCommand.self,
                OpdListCommand.self, OpdBidangCommand.self, OpdAliasCommand.self,
            ])
    }
}

/// Checks and look-ups shared by the `opd` subcommands.
enum OpdInput {
    /// A kind by its raw name, any case; refused with the list of kinds.
    static func kind(_ text: String) throws -> AgencyKind {
        guard let kind = AgencyKind.allCases.first(where: { $0.rawValue == text.lowercased() }) else {
            throw InputCheck.refuse(OpdText.badKind(text))
        }
        return kind
    }

    /// A kelurahan needs `--parent` and no other kind takes one; refused naming the option.
    static func checkParent(_ parent: String?, kind: AgencyKind) throws {
        if kind == .kelurahan, parent == nil { throw InputCheck.refuse(OpdText.parentNeeded) }
        if kind != .kelurahan, parent != nil { throw InputCheck.refuse(OpdText.parentOnlyForVillage(kind.rawValue)) }
    }

    /// The OPD `text` names (code, short name, full name or alias, see `Store.agency(named:)`), or
    /// a refusal naming it and the option it came from.
    static func agency(_ text: String, option: String, in store: Store, _ context: CommandContext) throws -> Agency {
        guard let agency = try store.agency(named: text) else {
            throw CLIFailure.input(OpdText.unknownOPD(text, option: option, path: context.storePath), context.language)
        }
        return agency
    }

    /// The bidang of `agency` called `name`, or a refusal listing the bidang it has.
    static func division(_ name: String, of agency: Agency, in store: Store, _ context: CommandContext) throws
        -> Division
    {
        guard let division = try store.division(named: name, agencyID: agency.id) else {
            let names = try store.divisions(agencyID: agency.id).map(\.name)
            throw CLIFailure.input(OpdText.unknownDivision(name, agency: agency.code, known: names), context.language)
        }
        return division
    }
}
