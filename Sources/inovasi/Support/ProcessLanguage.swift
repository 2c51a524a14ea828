import Foundation
import InovasiCore

/// The language of this run as far as it is known before the arguments are parsed: `--lang`,
/// else `language:` in the config file, else Bahasa Indonesia.
///
/// Help texts and checks in `validate()` are produced before a command runs, so they cannot
/// wait for the parsed options; this reads the raw arguments once, never writes anything.
enum ProcessLanguage {
    /// Resolved once per process.
    static let current: Language = resolve(
        arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    /// The language named by `--lang X` / `--lang=X`, else by the config file, else `.id`.
    static func resolve(arguments: [String], environment: [String: String]) -> Language {
        if let named = value(of: "--lang", in: arguments) {
            return Language(rawValue: named) ?? .id
        }
        let explicit = value(of: "--config", in: arguments)
        let path = explicit ?? DataLocation(environment: environment, home: Home.folder(environment)).configPath
        guard let text = try? ConfigLoader.read(path: path),
            let file = try? ConfigLoader.parse(text, file: path)
        else { return .id }
        return file.language ?? .id
    }

    static func value(of option: String, in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated().dropFirst() {
            if argument == "--" { return nil }
            if argument == option, index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix(option + "=") { return String(argument.dropFirst(option.count + 1)) }
        }
        return nil
    }
}
