import ArgumentParser
import InovasiCore

/// Options of the bare `inovasi` (the dashboard) only.
struct DashboardOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.theme.current, valueName: "name|path"))
    var theme: String?
}

extension HelpText {
    static let theme = Localized(
        id: "Tema dasbor: nama (default, light, high-contrast, monochrome, colorblind …) atau path berkas YAML.",
        en: "Dashboard theme: a name (default, light, high-contrast, monochrome, colorblind …) or a YAML file path.")
}
