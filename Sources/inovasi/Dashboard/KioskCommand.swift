import ArgumentParser
import Foundation
import InovasiCore

/// `inovasi kiosk`: the dashboard for an unattended office screen — read-only, cycling its views,
/// ignoring stray keys (Ctrl-C, Ctrl-Z and Ctrl-\\ too: raw mode), stopped only by SIGTERM, SIGINT or SIGHUP
/// from a process, or by the optional unlock sequence of the config (`kiosk.unlock`).
struct KioskCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "kiosk", abstract: HelpText.kioskCommand.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var dashboard: DashboardOptions

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(HelpText.kioskInterval.current, valueName: "seconds"))
    var interval: Int?

    func validate() throws {
        let range = Settings.kioskIntervalRange
        if let interval, !range.contains(interval) {
            throw InputCheck.refuse(InputText.badCount(interval, option: "--interval", range: range))
        }
    }

    func run() throws {
        CrashReporting.restartIfNeeded()
        try CommandRunner.run(global) { context in
            let seconds = interval ?? context.settings.kioskInterval
            let code = try DashboardLauncher.launch(
                context, theme: dashboard.theme, kioskInterval: seconds, intervalGiven: interval != nil)
            if code != 0 { throw ExitCode(code) }
        }
    }
}
