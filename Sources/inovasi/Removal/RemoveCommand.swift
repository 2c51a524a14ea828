import ArgumentParser
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi remove opd|innovation|proposal ID --note TEXT`: soft delete by an admin, audited and
/// restorable (`inovasi restore KIND ID`); `inovasi remove --list [KIND]` lists what is removed.
struct RemoveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "remove", abstract: RemovalText.removeCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(RemovalText.kindHelp.current, valueName: "kind"))
    var kind: String?

    @Argument(help: ArgumentHelp(RemovalText.idHelp.current, valueName: "id"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp(RemovalText.noteHelp.current, valueName: "text"))
    var note: String?

    @Flag(name: .long, help: ArgumentHelp(RemovalText.listHelp.current))
    var list = false

    @OptionGroup var output: FormatOptions

    func run() throws {
        try InnovationRunner.run(global) { context in
            if list {
                try listRemoved(context)
                return
            }
            guard let kind, let id else { throw InputRefusal(RemovalText.kindAndIDNeeded) }
            let which = try RemovalInput.kind(kind)
            guard let note, !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw InputRefusal(RemovalText.noteNeeded)
            }
            let store = try context.openStore(.readWrite)
            let record = try RemovalInput.record(which, id, in: store, context)
            try store.remove(which, id: record.id, note: note, by: context.user, now: context.now)
            let reference = RemovalInput.reference(which, record.id, context.language)
            context.console.line(RemovalText.removed(reference, record.name).text(context.language))
        }
    }

    private func listRemoved(_ context: CommandContext) throws {
        guard id == nil, note == nil else { throw InputRefusal(RemovalText.listTakesNoID) }
        let which = try kind.map { text throws(InputRefusal) in try RemovalInput.kind(text) }
        let store = try context.openStore(.readOnly)
        let records = try store.removedRecords(kind: which)
        let rendered = try RemovedOutput(records: records, style: OutputStyle(context, output)).render(output.value)
        context.console.out(rendered)
    }
}

/// `inovasi restore opd|innovation|proposal ID [--note TEXT]`, reached through ``RestoreCommand``
/// when it is given a kind and a number instead of a backup file.
enum RecordRestore {
    static func run(kind: String, id: String, note: String?, _ global: GlobalOptions) throws {
        try InnovationRunner.run(global) { context in
            let which = try RemovalInput.kind(kind)
            let store = try context.openStore(.readWrite)
            let record = try RemovalInput.record(which, id, in: store, context)
            try store.restore(which, id: record.id, note: note ?? "", by: context.user, now: context.now)
            let reference = RemovalInput.reference(which, record.id, context.language)
            context.console.line(RemovalText.restored(reference, record.name).text(context.language))
        }
    }
}
