import Foundation
import InovasiCore
import InovasiStore

/// Everything measured on one store: prepared (or taken from the cache), copied, measured in
/// memory and on a pseudo-terminal, then the copy removed.
struct ScaleRun {
    let settings: BenchSettings
    let executable: String
    let log: (String) -> Void

    var user: String { Store.currentUserName() }

    func run(proposals: Int) throws -> (store: PreparedStore, figures: [Figure]) {
        var cache = StoreCache(folder: settings.cacheFolder, seed: settings.seed, now: settings.now, user: user)
        cache.fresh = settings.fresh
        log(BenchText.preparing(proposals).text(settings.language))
        let prepared = try cache.store(count: proposals)
        log(BenchText.prepared(prepared, settings.language))
        let scratchFolder = settings.cacheFolder.appendingPathComponent("scratch-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratchFolder) }
        let copy = try prepared.scratchCopy(in: scratchFolder).path
        if settings.iidOnly {
            let store = try Store.open(at: copy, mode: .readOnly)
            let figures = try IIDBench(
                now: settings.now, language: settings.language, repetitions: settings.repetitions
            )
            .run(store: store)
            return (prepared, figures.map { Figure($0.0, scale: proposals, samples: $0.1) })
        }
        if settings.dataOnly {
            let figures = try data(path: copy, scratch: scratchFolder, proposals: proposals)
            return (prepared, figures.map { Figure($0.0, scale: proposals, samples: $0.1) })
        }
        var measured = try inProcess(path: copy)
        log(BenchText.terminalRunning.text(settings.language))
        let terminal = try TerminalBench(
            executable: executable, storePath: copy, now: settings.now, languageCode: settings.language.rawValue
        ).run()
        measured.append((.firstFrameBytes, Samples([Double(terminal.firstFrameBytes)])))
        measured.append((.cursorBytesTable, Samples([Double(terminal.cursorBytesTable)])))
        measured.append((.cursorBytesQueue, Samples([Double(terminal.cursorBytesQueue)])))
        measured.append((.cursorBytesCalendarDay, Samples([Double(terminal.cursorBytesCalendarDay)])))
        measured.append((.cursorBytesCalendarWeek, Samples([Double(terminal.cursorBytesCalendarWeek)])))
        measured.append((.cursorBytesTableNarrow, Samples([Double(terminal.cursorBytesTableNarrow)])))
        measured.append((.cursorBytesQueueNarrow, Samples([Double(terminal.cursorBytesQueueNarrow)])))
        measured.append((.cursorBytesCalendarDayNarrow, Samples([Double(terminal.cursorBytesCalendarDayNarrow)])))
        measured.append((.cursorBytesCalendarWeekNarrow, Samples([Double(terminal.cursorBytesCalendarWeekNarrow)])))
        measured.append((.tickBytes, Samples([Double(terminal.tickBytes)])))
        measured.append((.peakMemory, Samples([terminal.peakMegabytes])))
        measured += try session(path: copy)
        log(BenchText.kioskRunning(settings.kioskSeconds).text(settings.language))
        let kiosk = try KioskBench(
            executable: executable, storePath: copy, languageCode: settings.language.rawValue,
            seconds: settings.kioskSeconds
        ).run()
        measured.append((.kioskIdleCPU, Samples([kiosk.cpuPercent])))
        measured.append((.kioskBytesPerMinute, Samples([kiosk.bytesPerMinute])))
        if !settings.skipData {
            measured += try data(path: copy, scratch: scratchFolder, proposals: proposals)
        }
        let figures = measured.map { Figure($0.0, scale: proposals, samples: $0.1) }
        return (prepared, figures)
    }

    /// The time from `posix_spawn` to the first frame, over several starts, and the scripted
    /// session's bytes with their time over the slow link (``SessionBench``).
    func session(path: String) throws -> [(Metric, Samples)] {
        log(BenchText.sessionRunning.text(settings.language))
        let terminal = TerminalBench(
            executable: executable, storePath: path, now: settings.now, languageCode: settings.language.rawValue)
        let result = try SessionBench(terminal: terminal, starts: min(settings.repetitions, 8)).run()
        return [
            (.processStart, Samples(result.startMilliseconds)),
            (.sessionBytes, Samples([Double(result.sessionBytes)])),
            (.sessionLinkTime, Samples([SessionBench.linkMilliseconds(bytes: result.sessionBytes)])),
        ]
    }

    /// The data figures (``DataBench``), last because its imports add proposals to the copy; the
    /// whole-store JSON only up to ``DataBench/wholeStoreLimit`` proposals.
    func data(path: String, scratch: URL, proposals: Int) throws -> [(Metric, Samples)] {
        log(BenchText.dataRunning.text(settings.language))
        let wholeStore = proposals <= DataBench.wholeStoreLimit
        if !wholeStore { log(BenchText.wholeStoreSkipped(DataBench.wholeStoreLimit).text(settings.language)) }
        let store = try Store.open(at: path, mode: .readWrite)
        let calendar = try CalendarFileBench(
            now: settings.now, repetitions: settings.repetitions, language: settings.language,
            scratch: scratch.appendingPathComponent("calendar")
        ).run(store: store)
        return try calendar
            + DataBench(
                user: user, now: settings.now, repetitions: settings.repetitions,
                scratch: scratch.appendingPathComponent("data"), wholeStore: wholeStore
            ).run(store: store)
    }

    /// The figures measured inside this process, on the copy at `path`.
    func inProcess(path: String) throws -> [(Metric, Samples)] {
        let factory = DashboardFactory(now: settings.now, user: user, language: settings.language)
        let memory = MemoryBench(factory: factory, repetitions: settings.repetitions)
        log(BenchText.launching.text(settings.language))
        let launch = try memory.launch(path: path)
        let store = try Store.open(at: path, mode: .readWrite)
        log(BenchText.pressingKeys.text(settings.language))
        let keys = try memory.keys(store: store)
        log(BenchText.pressingLocked.text(settings.language))
        let locked = try LockedKeyBench(executable: executable, memory: memory).run(store: store)
        log(BenchText.reporting.text(settings.language))
        let reports = try ReportBench(now: settings.now, language: settings.language, repetitions: settings.repetitions)
            .run(store: store)
        log(BenchText.deciding.text(settings.language))
        let decisions = try DecisionBench(user: user, now: settings.now, repetitions: settings.repetitions)
            .run(store: store)
        log(BenchText.triaging.text(settings.language))
        let triage = try TriageBench(factory: factory, repetitions: settings.repetitions).run(store: store)
        log(BenchText.estimatingIID.text(settings.language))
        let iid = try IIDBench(now: settings.now, language: settings.language, repetitions: settings.repetitions)
            .run(store: store)
        return [(.storeOpen, launch.open), (.firstFrame, launch.frame)] + keys + [
            (.keyWhileLocked, locked), (.decision, decisions),
        ] + triage
            + reports + iid
    }
}
