import InovasiCore

/// Every figure the benchmark measures, with its unit and its budget from DESIGN §11.
///
/// The budget applies at every scale (it is set for 100 000 proposals, so smaller stores must meet
/// it too) and is judged on the p99 of the samples: one slow key press in a hundred is still felt.
enum Metric: String, CaseIterable, Encodable, Sendable {
    case storeOpen
    case firstFrame
    /// From `posix_spawn` of the dashboard to the last byte of its first frame on a pseudo-terminal.
    case processStart
    case queueCursorDown
    case queuePageDown
    case paneSwitch
    case proposalOpened
    case queueFiltered
    case monthMoved
    case weekMoved
    case tableSorted
    case keyWhileLocked
    case decision
    case queueDecision
    case markHundred
    case assignHundred
    case reportTable
    case reportCSV
    case reportJSON
    case reportMarkdown
    case firstFrameBytes
    case cursorBytesTable
    case cursorBytesQueue
    case cursorBytesCalendarDay
    case cursorBytesCalendarWeek
    case cursorBytesTableNarrow
    case cursorBytesQueueNarrow
    case tickBytes
    /// Every byte of the scripted session of ``SessionBench``.
    case sessionBytes
    /// Those bytes' time over 256 kbit/s.
    case sessionLinkTime
    case peakMemory
    case kioskIdleCPU
    case kioskBytesPerMinute
    case importCSV
    case importXLSX
    case exportJSON
    case importJSON
    case exportICS
    case importICS
    /// The IID planner's input read from the store (issue 15).
    case iidRead
    /// The IID estimate from that input, in full: the planner view's opening.
    case iidEstimate
    /// The ten best IID actions from the estimate.
    case iidActions
    /// A what-if key: a level changed, the estimate updated, the ten best actions ranked again.
    case iidWhatIf
    /// `inovasi iid --format markdown` without the process start: read, estimate, actions, text.
    case iidBriefing

    /// The unit of the figure's values.
    var unit: MetricUnit {
        switch self {
        case .firstFrameBytes, .cursorBytesTable, .cursorBytesQueue, .cursorBytesCalendarDay, .cursorBytesCalendarWeek,
            .cursorBytesTableNarrow, .cursorBytesQueueNarrow, .tickBytes, .kioskBytesPerMinute, .sessionBytes:
            .bytes
        case .peakMemory: .megabytes
        case .kioskIdleCPU: .percent
        default: .milliseconds
        }
    }

    /// The most the figure may reach, in its unit; nil for a figure shown for information only.
    var budget: Double? {
        switch self {
        case .firstFrame: 100
        // Issue 14: the person waits at most 100 ms from the start of the process, at 1 000 000.
        case .processStart: 100
        case .queueCursorDown, .queuePageDown, .paneSwitch, .proposalOpened, .queueFiltered, .monthMoved, .weekMoved,
            .tableSorted, .keyWhileLocked:
            5
        case .decision, .queueDecision: 20
        case .markHundred: 5
        // Issue 14: a cursor move in any list at most 300 B, the first frame 15 KB, a clock tick 40 B.
        case .cursorBytesTable, .cursorBytesQueue, .cursorBytesCalendarDay, .cursorBytesCalendarWeek,
            .cursorBytesTableNarrow, .cursorBytesQueueNarrow:
            300
        case .firstFrameBytes: 15_000
        case .tickBytes: 40
        case .peakMemory: 100
        // Issue 13: an unattended kiosk idles under half a percent of one core.
        case .kioskIdleCPU: 0.5
        case .importCSV, .importXLSX: 20_000
        case .exportJSON: 120_000
        case .importJSON: 180_000
        // Every session as iCalendar: 2 s to write, 4 s to read and plan, whatever the count (both
        // hold with room at the national scale's sessions; see README, "Benchmark").
        case .exportICS: 2_000
        case .importICS: 4_000
        // Issue 15, the national store as one region (47 000 innovations at 100 000 proposals): a
        // what-if key (estimate updated in place, ten best actions ranked again) and the ranking
        // alone are keys, 5 ms; the full estimate and the store's read open the planner, 500 ms
        // and 1 s; the whole briefing is a report, 2 s.
        case .iidWhatIf, .iidActions: 5
        case .iidEstimate: 500
        case .iidRead: 1_000
        case .iidBriefing: 2_000
        case .assignHundred, .storeOpen, .reportTable, .reportCSV, .reportJSON, .reportMarkdown, .kioskBytesPerMinute,
            .sessionBytes, .sessionLinkTime:
            nil
        }
    }
}

/// The unit a figure is measured in.
enum MetricUnit: String, Encodable, Sendable {
    case milliseconds = "ms"
    case bytes = "B"
    case megabytes = "MB"
    /// Percent of one CPU core.
    case percent = "%"
}
