import InovasiApp

extension OutputStyle {
    /// The style of this run: its language, zone, clock, city, and whether standard output is a terminal.
    init(_ context: CommandContext) {
        self.init(
            language: context.language, zone: context.zone, now: context.now, city: context.settings.cityName,
            overdueDays: context.settings.overdueDays, toTerminal: context.console.outputIsTerminal)
    }
}
