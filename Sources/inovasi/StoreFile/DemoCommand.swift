import ArgumentParser
import InovasiCore

/// `inovasi demo`: fills a new (or empty) store with generated data, and says what it wrote.
struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "demo", abstract: HelpText.demoCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(HelpText.demoScale.current, valueName: "city|national"))
    var scale: String = DemoScale.city.rawValue

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(HelpText.demoSeed.current, valueName: "n"))
    var seed: UInt64 = DemoWriter.defaultSeed

    @Option(
        name: .long, parsing: .unconditional, help: ArgumentHelp(HelpText.demoProposals.current, valueName: "n"))
    var proposals: Int?

    func validate() throws {
        guard DemoScale(rawValue: scale.lowercased()) != nil else { throw InputCheck.refuse(InputText.badScale(scale)) }
        if let proposals, !DemoWriter.proposalRange.contains(proposals) {
            throw InputCheck.refuse(
                InputText.badCount(proposals, option: "--proposals", range: DemoWriter.proposalRange))
        }
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let demoScale = DemoScale(rawValue: scale.lowercased()) ?? .city
            let counts = try DemoWriter.write(
                to: context.storePath, scale: demoScale, seed: seed, proposals: proposals, context: context)
            context.console.line(
                StoreMessageText.demoWritten(context.storePath, counts, context.language).text(context.language))
        }
    }
}
