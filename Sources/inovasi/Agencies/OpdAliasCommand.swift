import ArgumentParser
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi opd alias add|list`: the other names the importer finds an OPD by.
struct OpdAliasCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "alias", abstract: OpdHelpText.alias.current,
            subcommands: [OpdAliasAddCommand.self, OpdAliasListCommand.self])
    }
}

/// `inovasi opd alias add CODE ALIAS` (admin only).
struct OpdAliasAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: OpdHelpText.aliasAdd.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(OpdHelpText.which.current, valueName: "opd"))
    var opd: String

    @Argument(help: ArgumentHelp(OpdHelpText.aliasText.current, valueName: "alias"))
    var alias: String

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let agency = try OpdInput.agency(opd, option: "OPD", in: store, context)
            let saved = try store.addAgencyAlias(alias, to: agency.id, by: context.user, now: context.now)
            context.console.line(OpdText.aliasAdded(saved.alias, agency: agency.code).text(context.language))
        }
    }
}

/// `inovasi opd alias list [CODE]`: every alias, or one OPD's.
struct OpdAliasListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: OpdHelpText.aliasList.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp(OpdHelpText.which.current, valueName: "opd"))
    var opd: String?

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readOnly)
            let only = try opd.map { try OpdInput.agency($0, option: "OPD", in: store, context).id }
            let aliases = try store.agencyAliases().filter { only == nil || $0.agencyID == only }
            let codes = Dictionary(
                try store.agencies().map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
            let output = AliasOutput(aliases: aliases, codes: codes, style: OutputStyle(context, self.output))
            context.console.out(try output.render(self.output.value))
        }
    }
}

/// The aliases in the four formats.
struct AliasOutput {
    let aliases: [AgencyAlias]
    let codes: [Int64: String]
    let style: OutputStyle

    struct Item: Encodable {
        var opd: String
        var alias: String
    }

    var items: [Item] { aliases.map { Item(opd: codes[$0.agencyID] ?? "#\($0.agencyID)", alias: $0.alias) } }

    func render(_ format: OutputFormat) throws -> String {
        let language = style.language
        switch format {
        case .csv: return style.csv(header: ["opd", "alias"], rows: items.map { [$0.opd, $0.alias] })
        case .json: return try JSONOutput.encode(items)
        case .table, .markdown:
            var table = TextTable(columns: [
                TextTable.Column(OpdText.codeHeading.text(language)),
                TextTable.Column(OpdText.aliasHeading.text(language), maxWidth: 60),
            ])
            for item in items { table.add([item.opd, item.alias]) }
            if format == .markdown { return table.markdown() }
            return table.render() + (items.isEmpty ? OpdText.noAliases.text(language) + "\n" : "")
        }
    }
}
