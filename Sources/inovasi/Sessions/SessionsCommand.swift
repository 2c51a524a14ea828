import ArgumentParser
import Foundation
import InovasiApp
import InovasiCore

/// `inovasi sessions`: the mentoring calendar. Bare (or `list`), the sessions of a date range or a
/// week, or the OPDs mentoring has not reached; `add|edit|cancel|done|show` keep it.
struct SessionsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sessions", abstract: SessionsText.group.current,
            subcommands: [
                SessionsListCommand.self, SessionsAddCommand.self, SessionsEditCommand.self,
                SessionsCancelCommand.self, SessionsDoneCommand.self, SessionsShowCommand.self,
            ],
            defaultSubcommand: SessionsListCommand.self)
    }
}

/// `inovasi sessions [list] [--from --to | --week this|next|YYYY-Www | --uncovered [--days N]]`.
struct SessionsListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: HelpText.sessionsCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(HelpText.sessionsFrom.current, valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.sessionsTo.current, valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp(SessionsText.weekHelp.current, valueName: "this|next|YYYY-Www"))
    var week: String?

    @Flag(name: .long, help: ArgumentHelp(SessionsText.uncoveredHelp.current))
    var uncovered = false

    @Option(name: .long, help: ArgumentHelp(SessionsText.daysHelp.current, valueName: "n"))
    var days: Int?

    @OptionGroup var output: FormatOptions

    func validate() throws {
        let first = try InputCheck.day(from, option: "--from")
        let last = try InputCheck.day(to, option: "--to")
        if let first, let last, last < first {
            throw InputCheck.refuse(InputText.rangeReversed(from: first.description, to: last.description))
        }
        if week != nil, from != nil || to != nil { throw InputCheck.refuse(SessionsText.weekWithRange) }
        if uncovered, week != nil || from != nil || to != nil {
            throw InputCheck.refuse(SessionsText.uncoveredWithRange)
        }
        if days != nil, !uncovered { throw InputCheck.refuse(SessionsText.daysWithoutUncovered) }
        if let days, !(1...366).contains(days) { throw InputCheck.refuse(SessionsText.badDays(days)) }
        if let week, ISOWeek.parse(week, today: CalendarDay(containing: Date(), in: .gmt)) == nil {
            throw InputCheck.refuse(SessionsText.badWeek(week))
        }
    }

    /// The days asked for: both given; one given → the rest of its month; none → this month.
    static func range(from: CalendarDay?, to: CalendarDay?, today: CalendarDay) -> (CalendarDay, CalendarDay) {
        switch (from, to) {
        case (let first?, let last?): (first, last)
        case (let first?, nil): (first, max(first, first.lastOfMonth))
        case (nil, let last?): (min(last, last.firstOfMonth), last)
        case (nil, nil): (today.firstOfMonth, today.lastOfMonth)
        }
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let today = CalendarDay(containing: context.now, in: context.zone)
            if uncovered {
                try SessionsUncovered.run(days: days ?? 30, today: today, output, context)
                return
            }
            let (first, last) =
                try week.flatMap { ISOWeek.parse($0, today: today) }
                ?? Self.range(
                    from: try InputCheck.day(from, option: "--from"), to: try InputCheck.day(to, option: "--to"),
                    today: today)
            let start = first.start(in: context.zone)
            let end = last.adding(days: 1).start(in: context.zone)
            let store = try context.openStore(.readOnly)
            let sessions = try store.sessions(from: start, to: end)
                .filter { $0.startsAt >= start && $0.startsAt < end }
                .sorted { ($0.startsAt, $0.id) < ($1.startsAt, $1.id) }
            let codes = Dictionary(
                try store.agencies().map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
            let output = SessionsOutput(
                sessions: sessions, codes: codes, from: first, to: last, style: OutputStyle(context, self.output))
            context.console.out(try output.render(self.output.value))
        }
    }
}
