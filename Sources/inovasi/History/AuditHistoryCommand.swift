import ArgumentParser
import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi history`: the audit trail of any record, user or span of days, oldest first.
struct AuditHistoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "history", abstract: AuditHistoryText.abstract.current)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(AuditHistoryText.entityHelp.current, valueName: "kind"))
    var entity: String?

    @Option(name: .long, help: ArgumentHelp(AuditHistoryText.idHelp.current, valueName: "n"))
    var id: Int64?

    @Option(name: .long, help: ArgumentHelp(AuditHistoryText.userHelp.current, valueName: "name"))
    var user: String?

    @Option(name: .long, help: ArgumentHelp(AuditHistoryText.fromHelp.current, valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(AuditHistoryText.toHelp.current, valueName: "date"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp(AuditHistoryText.limitHelp.current, valueName: "n"))
    var limit = 1_000

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if id != nil, entity == nil { throw InputCheck.refuse(AuditHistoryText.idNeedsEntity) }
        guard limit > 0 else { throw InputCheck.refuse(AuditHistoryText.badLimit(limit)) }
        let first = try InputCheck.day(from, option: "--from")
        let last = try InputCheck.day(to, option: "--to")
        if let first, let last, first > last { throw InputCheck.refuse(AuditHistoryText.fromAfterTo) }
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readOnly)
            let zone = context.zone
            let filter = AuditFilter(
                entity: entity, entityID: id, user: user,
                from: try InputCheck.day(from, option: "--from")?.start(in: zone),
                to: try InputCheck.day(to, option: "--to")?.adding(days: 1).start(in: zone), limit: limit)
            let entries = try store.auditLog(matching: filter)
            let rendered = try AuditHistoryOutput(entries: entries, style: OutputStyle(context, output))
                .render(output.value)
            context.console.out(rendered)
        }
    }
}
