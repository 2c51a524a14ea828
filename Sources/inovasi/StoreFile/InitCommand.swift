import ArgumentParser
import InovasiCore
import InovasiStore

/// `inovasi init`: creates an empty store with the caller as admin; never overwrites a file.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: HelpText.initCommand.current)
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try CommandRunner.run(global) { context in
            do throws(StoreError) {
                _ = try Store.create(at: context.storePath, creator: context.user, now: context.now)
            } catch .fileExists(let path) {
                // Refusing to overwrite is a refusal (1), whatever the store counts it as.
                let message = StoreError.fileExists(path: path).message(context.language, in: context.zone)
                throw CLIFailure(message: message, exitCode: 1)
            } catch {
                throw CLIFailure.store(error, context.language, zone: context.zone)
            }
            context.console.line(
                StoreMessageText.storeCreated(context.storePath, admin: context.user).text(context.language))
        }
    }
}
