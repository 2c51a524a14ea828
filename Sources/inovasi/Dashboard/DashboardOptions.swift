import ArgumentParser
import InovasiCore

/// Options of the bare `inovasi` (the dashboard) only.
struct DashboardOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.theme.current, valueName: "name|path"))
    var theme: String?
}
