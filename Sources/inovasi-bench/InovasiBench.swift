import ArgumentParser

/// `inovasi-bench`: measures every figure of the performance budget (DESIGN §11) and reports it.
@main
struct InovasiBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inovasi-bench",
        abstract: BenchText.bilingual(BenchText.benchAbstract),
        subcommands: [
            RunCommand.self, PtyChildCommand.self, LockChildCommand.self, TerminalBytesCommand.self,
            MakeStoreCommand.self,
        ],
        defaultSubcommand: RunCommand.self)
}
