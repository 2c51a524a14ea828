import Foundation
import InovasiCore
import InovasiStore

/// A command that cannot go on: the message for standard error, in the chosen language, and the
/// exit status scripts test (1 bad input or refused, 2 store problem).
struct CLIFailure: Error, Sendable {
    let message: String
    let exitCode: Int32

    /// Bad input or a refusal: exit status 1.
    static func input(_ text: Localized, _ language: Language) -> CLIFailure {
        CLIFailure(message: text.text(language), exitCode: 1)
    }

    /// A problem the store reported, with the store's own message and exit status.
    static func store(_ error: StoreError, _ language: Language, zone: TimeZone) -> CLIFailure {
        CLIFailure(message: error.message(language, in: zone), exitCode: error.exitCode)
    }

    /// A config file that cannot be used: exit status 1.
    static func config(_ error: ConfigError, _ language: Language) -> CLIFailure {
        CLIFailure(message: error.message(language), exitCode: 1)
    }
}
