import ArgumentParser

/// `inovasi-bench`: measures every figure of the performance budget (DESIGN §11) and reports it.
@main
struct InovasiBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inovasi-bench",
        abstract: "Mengukur anggaran kinerja inovasi / Measures inovasi's performance budget.",
        subcommands: [RunCommand.self, PtyChildCommand.self, LockChildCommand.self],
        defaultSubcommand: RunCommand.self)
}
