import ArgumentParser
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi queue`: the review queue, oldest waiting first, with filters for a reviewer's day.
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

    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp(HelpText.queueLimit.current, valueName: "n"))
    var limit = 100

    func validate() throws {
        _ = try Self.statuses(status)
        guard Self.limitRange.contains(limit) else {
            throw InputCheck.refuse(.badCount(limit, option: "--limit", range: Self.limitRange))
        }
    }

    /// The statuses named by the (repeatable, comma-separated) `--status` values; raw names, any case.
    static func statuses(_ values: [String]) throws -> Set<ProposalStatus> {
        var result = Set<ProposalStatus>()
        for name in values.flatMap({ $0.split(separator: ",") }) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard
                let status = ProposalStatus.allCases.first(where: { $0.rawValue.lowercased() == trimmed.lowercased() })
            else { throw InputCheck.refuse(.badStatus(trimmed)) }
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
            if let opd {
                guard let agency = try store.agency(code: opd) else {
                    throw CLIFailure.input(.unknownOPD(opd, path: context.storePath), context.language)
                }
                filter.agencyID = agency.id
            }
            let days = context.settings.overdueDays
            let rows = try store.queue(filter, now: context.now, overdueDays: days, offset: 0, limit: limit)
            let total = try store.queueCount(filter, now: context.now, overdueDays: days)
            let text = try QueueOutput(rows: rows, total: total, style: OutputStyle(context)).render(output.value)
            context.console.out(text)
        }
    }
}
