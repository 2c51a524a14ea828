import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// `inovasi sessions add --title … --date YYYY-MM-DD --start HH:MM --end HH:MM --speaker …
/// --institution … [--opd …] [--yes]`: schedules a session (admin), warning of clashes and days off.
struct SessionsAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: SessionsText.add.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var fields: SessionFields

    @Flag(name: .long, help: ArgumentHelp(SessionsText.yesHelp.current))
    var yes = false

    func run() throws {
        try InnovationRunner.run(global) { context in
            let required: [(String?, String)] = [
                (fields.title, "--title"), (fields.date, "--date"), (fields.start, "--start"), (fields.end, "--end"),
                (fields.speaker, "--speaker"), (fields.institution, "--institution"),
            ]
            if let missing = required.first(where: { $0.0 == nil }) {
                throw InputRefusal(SessionsText.missing(missing.1))
            }
            let store = try context.openStore(.readWrite)
            let blank = MentoringSession(
                title: "", startsAt: context.now, endsAt: context.now, location: "", mode: .offline, speakerName: "",
                speakerInstitution: "")
            var session = try fields.applied(to: blank, store: store, context)
            if fields.place == nil, session.mode != .offline { session.location = session.meetingLink }
            try SessionsInput.validate(session)
            try SessionsCheck.warn(session, isNew: true, confirmed: yes, store: store, context)
            let saved = try SessionsInput.saving { try store.addSession(session, by: context.user, now: context.now) }
            context.console.line(SessionsText.added(saved.id, saved.title, uid: saved.uid).text(context.language))
        }
    }
}

/// `inovasi sessions edit ID [--title …] [--date …] …`: changes a scheduled session (admin); its UID
/// stays and its SEQUENCE grows.
struct SessionsEditCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "edit", abstract: SessionsText.edit.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(SessionsText.idHelp.current, valueName: "id"))
    var id: String

    @OptionGroup var fields: SessionFields

    func run() throws {
        try InnovationRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let before = try SessionsInput.existing(id, store: store, context)
            let session = try fields.applied(to: before, store: store, context)
            try SessionsInput.validate(session)
            try SessionsCheck.warn(session, isNew: false, confirmed: true, store: store, context)
            let saved = try SessionsInput.saving { try store.editSession(session, by: context.user, now: context.now) }
            context.console.line(
                SessionsText.edited(saved.id, saved.title, sequence: saved.sequence).text(context.language))
        }
    }
}

/// `inovasi sessions cancel ID [--reason TEXT]`: calls a session off; it stays, marked cancelled.
struct SessionsCancelCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "cancel", abstract: SessionsText.cancel.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(SessionsText.idHelp.current, valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(SessionsText.reasonHelp.current, valueName: "text"))
    var reason: String?

    func run() throws {
        try InnovationRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let session = try SessionsInput.existing(id, store: store, context)
            let saved = try SessionsInput.saving {
                try store.cancelSession(id: session.id, reason: reason ?? "", by: context.user, now: context.now)
            }
            context.console.line(SessionsText.cancelled(saved.id, saved.title).text(context.language))
        }
    }
}

/// `inovasi sessions done ID [--attended OPD …] [--follow-up TEXT]`: records a session as held.
struct SessionsDoneCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "done", abstract: SessionsText.done.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(SessionsText.idHelp.current, valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp(SessionsText.attendedHelp.current, valueName: "opd"))
    var attended: [String] = []

    @Option(name: .long, help: ArgumentHelp(SessionsText.followUpHelp.current, valueName: "text"))
    var followUp: String?

    func run() throws {
        try InnovationRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let session = try SessionsInput.existing(id, store: store, context)
            let ids = try attended.map { try OpdInput.agency($0, option: "--attended", in: store, context).id }
            let saved = try SessionsInput.saving {
                try store.markSessionDone(
                    id: session.id, attended: ids, followUp: followUp ?? "", by: context.user, now: context.now)
            }
            context.console.line(
                SessionsText.markedDone(saved.id, saved.title, attended: saved.attendedAgencyIDs.count)
                    .text(context.language))
        }
    }
}
