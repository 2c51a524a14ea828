import ArgumentParser
import InovasiCore

/// `--note TEXT`, shared by the three decisions; revision and rejection require it.
struct DecisionNote: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.reviewNote.current, valueName: "text"))
    var note: String?
}

/// `inovasi review approve ID [--note TEXT]`: approves; the proposal becomes an innovation.
struct ReviewApproveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "approve", abstract: HelpText.reviewApprove.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: ReviewTarget
    @OptionGroup var decision: DecisionNote
    @OptionGroup var output: ActionFormatOptions

    func run() throws {
        try ReviewRunner.apply(.approve, target, note: decision.note, format: output, global: global)
    }
}

/// `inovasi review revise ID --note TEXT`: sends the proposal back for revision.
struct ReviewReviseCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "revise", abstract: HelpText.reviewRevise.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: ReviewTarget
    @OptionGroup var decision: DecisionNote
    @OptionGroup var output: ActionFormatOptions

    func validate() throws { try ReviewInput.requireNote(decision.note, command: "revise") }

    func run() throws {
        try ReviewRunner.apply(.requestRevision, target, note: decision.note, format: output, global: global)
    }
}

/// `inovasi review reject ID --note TEXT`: rejects the proposal.
struct ReviewRejectCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "reject", abstract: HelpText.reviewReject.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: ReviewTarget
    @OptionGroup var decision: DecisionNote
    @OptionGroup var output: ActionFormatOptions

    func validate() throws { try ReviewInput.requireNote(decision.note, command: "reject") }

    func run() throws {
        try ReviewRunner.apply(.reject, target, note: decision.note, format: output, global: global)
    }
}
