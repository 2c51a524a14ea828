import InovasiApp

extension OutputStyle {
    /// The style of this run: its language, zone, clock, city, and whether standard output is a terminal.
    init(_ context: CommandContext) {
        self.init(
            language: context.language, zone: context.zone, now: context.now, city: context.settings.cityName,
            overdueDays: context.settings.overdueDays, toTerminal: context.console.outputIsTerminal)
    }

    /// The style of this run with its `--format` options: `--raw` turns the CSV formula guard off.
    init(_ context: CommandContext, _ options: FormatOptions) {
        self.init(context)
        guardsFormulas = !options.raw
    }
}
