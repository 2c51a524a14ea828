import ArgumentParser
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi queue`: the review queue, oldest waiting first (or by score, OPD or title), with filters
/// for a reviewer's day.
struct QueueCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "queue", abstract: HelpText.queueCommand.current)
    }

    static let limitRange = 1...100_000

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(HelpText.queueStatus.current, valueName: "status,…"))
    var status: [String] = []

    @Option(name: .long, help: ArgumentHelp(HelpText.queueOPD.current, valueName: "code"))
    var opd: String?

    @Flag(name: .long, help: ArgumentHelp(HelpText.queueOverdue.current))
    var overdue = false

    @Option(name: .long, help: ArgumentHelp(HelpText.queueForm.current, valueName: "form,…"))
    var form: [String] = []

    @Option(name: .long, help: ArgumentHelp(HelpText.queueKind.current, valueName: "kind,…"))
    var kind: [String] = []

    @Option(name: .long, help: ArgumentHelp(HelpText.queueAssignee.current, valueName: "me|none|user"))
    var assignee: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.queueSort.current, valueName: "age|score|opd|title"))
    var sort: String = "age"

    @Flag(name: .long, help: ArgumentHelp(HelpText.queueReverse.current))
    var reverse = false

    @OptionGroup var output: FormatOptions

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(HelpText.queueLimit.current, valueName: "n"))
    var limit = 100

    func validate() throws {
        _ = try Self.statuses(status)
        _ = try QueueInput.values(form, InnovationForm.self, refusal: ReviewMessageText.badForm)
        _ = try QueueInput.values(kind, InnovationKind.self, refusal: ReviewMessageText.badKind)
        _ = try QueueInput.sort(sort)
        if let assignee, !["me", "none"].contains(assignee.lowercased()) { _ = try UserInput.name(assignee) }
        guard Self.limitRange.contains(limit) else {
            throw InputCheck.refuse(InputText.badCount(limit, option: "--limit", range: Self.limitRange))
        }
    }

    /// The statuses named by the (repeatable, comma-separated) `--status` values; raw names, any case.
    /// An empty name (`--status ''`, `a,,b`) is refused, never read as "the default".
    static func statuses(_ values: [String]) throws -> Set<ProposalStatus> {
        var result = Set<ProposalStatus>()
        for name in QueueInput.names(values) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard
                let status = ProposalStatus.allCases.first(where: { $0.rawValue.lowercased() == trimmed.lowercased() })
            else { throw InputCheck.refuse(InputText.badStatus(trimmed)) }
            result.insert(status)
        }
        return result
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readOnly)
            var filter = Store.QueueFilter()
            let chosen = try Self.statuses(status)
            if !chosen.isEmpty { filter.statuses = chosen }
            filter.overdueOnly = overdue
            filter.forms = try QueueInput.values(form, InnovationForm.self, refusal: ReviewMessageText.badForm)
            filter.kinds = try QueueInput.values(kind, InnovationKind.self, refusal: ReviewMessageText.badKind)
            filter.assignee = QueueInput.assignee(assignee, me: context.user)
            filter.sort = try QueueInput.sort(sort)
            filter.descending = reverse
            if let opd {
                guard let agency = try store.agency(code: opd) else {
                    throw CLIFailure.input(InputText.unknownOPD(opd, path: context.storePath), context.language)
                }
                filter.agencyID = agency.id
            }
            let days = context.settings.overdueDays
            let scoring = context.settings.scoring
            let rows = try store.queue(
                filter, now: context.now, overdueDays: days, scoring: scoring, offset: 0, limit: limit)
            let total = try store.queueCount(filter, now: context.now, overdueDays: days, scoring: scoring)
            let style = OutputStyle(context, output)
            let text = try QueueOutput(rows: rows, total: total, style: style).render(output.value)
            context.console.out(text)
        }
    }
}
