import ArgumentParser
import Foundation
import InovasiCore
import InovasiTUI

/// `inovasi config`: a config file people can check (`check`, `example`, `path`) and the key map
/// they can rebind (`keys`).
struct ConfigCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "config", abstract: ConfigCommandText.command.current,
            subcommands: [
                ConfigCheckCommand.self, ConfigExampleCommand.self, ConfigPathCommand.self, ConfigKeysCommand.self,
            ])
    }
}

/// `inovasi config check [FILE]`: every problem with its line and key, exit 1; "baik"/"OK" and 0.
struct ConfigCheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: ConfigCommandText.checkCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(ConfigCommandText.checkFile.current, valueName: "file"))
    var file: String?

    func run() throws {
        let language = global.language ?? ProcessLanguage.current
        let environment = ProcessInfo.processInfo.environment
        let place = ConfigPlace(option: file ?? global.config, environment: environment)
        let console = Console()
        let text: String?
        do {
            text = try ConfigLoader.read(path: place.path)
        } catch {
            console.err(error.message(language))
            throw ExitCode(1)
        }
        guard let text else {
            guard place.isExplicit else {
                console.line(ConfigCommandText.absent(place.path).text(language))
                return
            }
            console.err(ConfigError.notFound(file: place.path).message(language))
            throw ExitCode(1)
        }
        let problems = ConfigChecker.problems(in: text, file: place.path)
        guard !problems.isEmpty else {
            console.line(ConfigCommandText.clean(place.path).text(language))
            return
        }
        for problem in problems { console.err(problem.message(language)) }
        console.err(ConfigCommandText.problemCount(problems.count).text(language))
        throw ExitCode(1)
    }
}

/// `inovasi config example`: every key with its default, explained, ready to edit.
struct ConfigExampleCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "example", abstract: ConfigCommandText.exampleCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        Console().out(ConfigExample.text(global.language ?? ProcessLanguage.current))
    }
}

/// `inovasi config path`: where the file is looked for, which rule chose it, whether it exists.
struct ConfigPathCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "path", abstract: ConfigCommandText.pathCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language ?? ProcessLanguage.current
        let place = ConfigPlace(option: global.config, environment: ProcessInfo.processInfo.environment)
        let chosen: Localized =
            switch place.source {
            case .option: ConfigCommandText.fromOption
            case .xdg: ConfigCommandText.fromXDG
            case .home: ConfigCommandText.fromHome
            }
        let exists = FileManager.default.fileExists(atPath: place.path)
        let lines = [
            ConfigCommandText.path(place.path), chosen, exists ? ConfigCommandText.exists : ConfigCommandText.missing,
            ConfigCommandText.lookOrder,
        ]
        for line in lines { Console().line(line.text(language)) }
    }
}

/// `inovasi config keys`: the key map in force (the config's `keys:` applied), every context.
struct ConfigKeysCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "keys", abstract: ConfigCommandText.keysCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try CommandRunner.run(global) { context in
            let map: KeyMap
            do throws(ConfigError) {
                map = try KeyConfig.keyMap(context.settings, file: "")
            } catch {
                throw CLIFailure.config(error, context.language)
            }
            Console().out(Self.text(map.listing(context.language)))
        }
    }

    /// The rows grouped by context, each action on its own line: name, keys, what it does.
    static func text(_ rows: [KeyListingRow]) -> String {
        var lines: [String] = []
        var context: String?
        for row in rows {
            if row.context != context {
                if context != nil { lines.append("") }
                lines.append(row.context + ":")
                context = row.context
            }
            let keys = row.keys.joined(separator: " ")
            lines.append(
                "  " + TextLayout.pad(row.action, toWidth: 16) + " " + TextLayout.pad(keys, toWidth: 18) + " "
                    + row.help)
        }
        return lines.map(Sanitizer.clean).joined(separator: "\n") + "\n"
    }
}
