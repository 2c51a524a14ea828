import Foundation
import InovasiCore
import InovasiStore

/// Decides which store the bare `inovasi` shows: the real one, or the demo store beside it.
///
/// The demo store is a separate file (`demo.sqlite`), so the demo never writes into a real store.
enum DashboardLauncher {
    /// Resolves the store and runs the dashboard; returns its exit status.
    static func launch(_ context: CommandContext, theme: String? = nil) throws -> Int32 {
        let files = FileManager.default
        if context.storePathGiven || files.fileExists(atPath: context.storePath) {
            let store = try context.openStore(.readWrite)
            return try DashboardEntry.run(
                store: store, settings: context.settings, language: context.language, isDemo: false, theme: theme)
        }
        let demoPath = context.location.demoStorePath
        if files.fileExists(atPath: demoPath) {
            context.console.err(
                Localized.demoFallbackUsing(demoPath, realPath: context.storePath).text(context.language))
        } else {
            context.console.err(
                Localized.demoFallbackCreated(demoPath, realPath: context.storePath).text(context.language))
            _ = try DemoWriter.write(
                to: demoPath, scale: .city, seed: DemoWriter.defaultSeed, proposals: nil, context: context)
        }
        let store = try context.openStore(.readWrite, at: demoPath)
        return try DashboardEntry.run(
            store: store, settings: context.settings, language: context.language, isDemo: true, theme: theme)
    }
}
