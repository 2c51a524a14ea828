import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

/// Decides which store the bare `inovasi` (or `inovasi kiosk`) shows: the real one, or the demo
/// store beside it.
///
/// The demo store is a separate file (`demo.sqlite`), so the demo never writes into a real store.
enum DashboardLauncher {
    /// Resolves the store and runs the dashboard; returns its exit status. With a kiosk interval,
    /// the store is opened read-only and the dashboard runs as a kiosk.
    static func launch(
        _ context: CommandContext, theme: String? = nil, kioskInterval: Int? = nil, intervalGiven: Bool = false
    ) throws -> Int32 {
        let mode: Store.AccessMode = kioskInterval == nil ? .readWrite : .readOnly
        let kioskRules: KioskRules
        do {
            kioskRules = try KioskRules(context.settings.kiosk)
        } catch {
            throw InputCheck.refuse(error.message)
        }
        let files = FileManager.default
        var path = context.storePath
        var isDemo = false
        if !context.storePathGiven, !files.fileExists(atPath: path) {
            path = try prepareDemo(context)
            isDemo = true
        }
        let holidays = try HolidayFileLoader.calendar(context)
        let store = try context.openStore(mode, at: path, busyTimeout: Store.interactiveBusyTimeout)
        let launch = DashboardEntry.Launch(
            settings: context.settings, language: context.language, isDemo: isDemo, theme: theme,
            kioskInterval: kioskInterval, logPath: context.location.logPath, holidays: holidays,
            configPlace: context.configPlace, languageGiven: context.languageGiven, intervalGiven: intervalGiven,
            kioskRules: kioskRules, iid: iidRules(context))
        return try DashboardEntry.run(store: store, launch)
    }

    /// This year's IID rules for the checklist and the planner, or why there are none: the
    /// dashboard never reads a rules file itself.
    static func iidRules(_ context: CommandContext) -> Result<IIDRules, CLIFailure> {
        let year = CalendarDay(containing: context.now, in: context.zone).year
        do throws(CLIFailure) {
            return .success(
                try IIDRulesLoader.rules(year: year, location: context.location, language: context.language))
        } catch {
            return .failure(error)
        }
    }

    /// The demo store's path, made with the city's data on first use; says which it is.
    static func prepareDemo(_ context: CommandContext) throws -> String {
        let demoPath = context.location.demoStorePath
        if FileManager.default.fileExists(atPath: demoPath) {
            context.console.err(
                StoreMessageText.demoFallbackUsing(demoPath, realPath: context.storePath).text(context.language))
        } else {
            context.console.err(
                StoreMessageText.demoFallbackCreated(demoPath, realPath: context.storePath).text(context.language))
            _ = try DemoWriter.write(
                to: demoPath, scale: .city, seed: DemoWriter.defaultSeed, proposals: nil, context: context)
        }
        return demoPath
    }
}
