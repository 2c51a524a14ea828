import ArgumentParser
import InovasiApp
import InovasiCore

/// `inovasi sessions`: the mentoring calendar of a date range, in the configured zone.
struct SessionsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "sessions", abstract: HelpText.sessionsCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(HelpText.sessionsFrom.current, valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.sessionsTo.current, valueName: "YYYY-MM-DD"))
    var to: String?

    @OptionGroup var output: FormatOptions

    func validate() throws {
        let first = try InputCheck.day(from, option: "--from")
        let last = try InputCheck.day(to, option: "--to")
        if let first, let last, last < first {
            throw InputCheck.refuse(InputText.rangeReversed(from: first.description, to: last.description))
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
            let (first, last) = Self.range(
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
