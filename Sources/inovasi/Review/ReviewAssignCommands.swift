import ArgumentParser
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi review assign ID… --to USER`: an admin gives one or more proposals to a reviewer, all or
/// nothing.
struct ReviewAssignCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "assign", abstract: HelpText.reviewAssign.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var targets: ReviewTargets
    @Option(name: .long, help: ArgumentHelp(HelpText.reviewTo.current, valueName: "user"))
    var to: String?
    @OptionGroup var output: ActionFormatOptions

    func validate() throws {
        guard let to else { throw InputCheck.refuse(ReviewMessageText.missingOption("--to")) }
        _ = try UserInput.name(to)
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let reviewer = to ?? ""
            let ids = try targets.ids()
            let done = try store.assign(
                ids, to: reviewer, expectedVersions: try targets.versions(), by: context.user, now: context.now)
            try ReviewTargets.report(done, action: "assign", store: store, context: context, json: output.json) {
                ReviewMessageText.assigned(id: $0.id, reviewer: reviewer, status: $0.status, version: $0.version)
            }
        }
    }
}

/// `inovasi review unassign ID…`: an admin takes proposals in review back from their reviewer.
struct ReviewUnassignCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "unassign", abstract: HelpText.reviewUnassign.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var targets: ReviewTargets
    @OptionGroup var output: ActionFormatOptions

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let done = try store.unassign(
                try targets.ids(), expectedVersions: try targets.versions(), by: context.user, now: context.now)
            try ReviewTargets.report(done, action: "unassign", store: store, context: context, json: output.json) {
                ReviewMessageText.unassigned(id: $0.id, status: $0.status, version: $0.version)
            }
        }
    }
}

/// Several proposals and, optionally, the version of each as the user saw it.
struct ReviewTargets: ParsableArguments {
    /// Every input ArgumentParser does not recognise, so `-5` is refused as a bad number (see ``ReviewTarget``).
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(HelpText.reviewIDs.current, valueName: "id"))
    var id: [String] = []

    @Option(
        name: .long, parsing: .unconditionalSingleValue,
        help: ArgumentHelp(HelpText.reviewExpectVersion.current, valueName: "n"))
    var expectVersion: [String] = []

    func validate() throws {
        guard !id.isEmpty else { throw InputCheck.refuse(ReviewMessageText.missingOption("ID")) }
        _ = try versions()
    }

    /// The checked proposal numbers, in order.
    func ids() throws -> [Int64] {
        try ReviewInput.refuseUnknownOptions(id)
        return try id.map(ReviewInput.id)
    }

    /// The expected version of each id, when `--expect-version` was given once per id.
    func versions() throws -> [Int64: Int64] {
        try ReviewInput.versions(expectVersion, for: ids())
    }

    /// Prints what was done: one line per proposal, or one JSON document.
    static func report(
        _ proposals: [Proposal], action: String, store: Store, context: CommandContext, json: Bool,
        line: (Proposal) -> Localized
    ) throws {
        if json {
            let items = try proposals.map { ReviewedProposal($0, assignee: try store.assignee(proposalID: $0.id)) }
            let result = ReviewResult(action: action, user: context.user, proposals: items)
            context.console.out(try JSONOutput.encode(result))
            return
        }
        for proposal in proposals {
            context.console.line(line(proposal).text(context.language))
        }
    }
}
