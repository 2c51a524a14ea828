import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// What every command needs once the global options are resolved: settings, language, paths.
struct CommandContext: Sendable {
    let settings: Settings
    let language: Language
    let location: DataLocation
    /// The store file this run works on.
    let storePath: String
    /// Whether `--data` named it (then no demo fallback).
    let storePathGiven: Bool
    /// Where the config file was looked for (`--config`, `$XDG_CONFIG_HOME`, `~/.config`).
    let configPlace: ConfigPlace
    /// Whether `--lang` chose the language (then the config file's does not apply).
    let languageGiven: Bool
    let now: Date
    let console = Console()

    /// Loads the config file and resolves the paths; a bad config file is refused (exit 1).
    init(options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(CLIFailure)
    {
        let home = Home.folder(environment)
        let location = DataLocation(environment: environment, home: home)
        let place = ConfigPlace(option: options.config, environment: environment)
        let earlyLanguage = options.language ?? ProcessLanguage.current
        do {
            settings = try ConfigLoader.load(path: place.path, explicit: place.isExplicit)
        } catch {
            throw .config(error, earlyLanguage)
        }
        language = options.language ?? settings.language
        languageGiven = options.language != nil
        configPlace = place
        self.location = location
        storePath = options.data.map { Self.absolute($0, home: home) } ?? location.storePath
        storePathGiven = options.data != nil
        now = Date()
    }

    /// The display zone of the config (WIB by default).
    var zone: TimeZone { settings.timeZone }

    /// The Unix user running the command: the identity the store checks roles against.
    var user: String { Store.currentUserName() }

    /// Opens the store at `path` (default ``storePath``); a missing or foreign file is refused with
    /// the store's message. A write waits `busyTimeout` seconds for another process's lock.
    func openStore(
        _ mode: Store.AccessMode, at path: String? = nil, busyTimeout: TimeInterval = Store.defaultBusyTimeout
    ) throws(CLIFailure) -> Store {
        do {
            return try Store.open(at: path ?? storePath, mode: mode, busyTimeout: busyTimeout)
        } catch {
            throw .store(error, language, zone: zone)
        }
    }

    /// `path` made absolute (and `~/` expanded), so every message names the full location.
    static func absolute(_ path: String, home: String) -> String {
        let expanded = path.hasPrefix("~/") ? home + path.dropFirst(1) : path
        return URL(fileURLWithPath: expanded).standardizedFileURL.path
    }
}

/// Runs a command's body with a context and turns every failure into a message and an exit status.
enum CommandRunner {
    /// Builds the context, runs `body`, prints what went wrong to standard error in the chosen
    /// language and exits with the failure's status.
    static func run(_ options: GlobalOptions, _ body: (CommandContext) throws -> Void) throws {
        let console = Console()
        var language = options.language ?? ProcessLanguage.current
        var zone = Settings.standard.timeZone
        do {
            let context = try CommandContext(options: options)
            language = context.language
            zone = context.zone
            try body(context)
        } catch let failure as CLIFailure {
            if !failure.message.isEmpty { console.err(failure.message) }
            throw ExitCode(failure.exitCode)
        } catch let error as StoreError {
            console.err(error.message(language, in: zone))
            throw ExitCode(error.exitCode)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            console.err(InputText.unexpected(String(describing: error)).text(language))
            throw ExitCode(2)
        }
    }
}
