import InovasiTUI

/// One kind of key press the budget covers: how to get there, the keys whose frames are timed, and
/// how to undo them so the next repetition starts from the same place.
struct KeyScenario: Sendable {
    let metric: Metric
    /// Keys sent once before the repetitions, untimed: focus the pane.
    let setup: [Key]
    /// Keys sent before each repetition, untimed: open the prompt.
    let prepare: [Key]
    /// Keys whose handling (reduce, store reads, render) is timed, one sample each.
    let timed: [Key]
    /// Keys sent after each repetition, untimed: close what was opened, go back.
    let restore: [Key]
    /// Repetitions, as a multiple of the base count. Every key gets at least four times the base
    /// (200 samples by default), so its p99 is the 99th percentile and not just the slowest press.
    let weight: Int
    /// Whether the timed keys can no longer move (the last row is selected); then `Home` is sent,
    /// untimed, before the next repetition.
    let atEnd: @Sendable (DashboardState) -> Bool

    init(
        _ metric: Metric, setup: [Key] = [], prepare: [Key] = [], timed: [Key], restore: [Key] = [], weight: Int = 4,
        atEnd: @escaping @Sendable (DashboardState) -> Bool = { _ in false }
    ) {
        self.metric = metric
        self.setup = setup
        self.prepare = prepare
        self.timed = timed
        self.restore = restore
        self.weight = weight
        self.atEnd = atEnd
    }

    /// The last row of the queue is selected.
    static let queueAtEnd: @Sendable (DashboardState) -> Bool = { $0.queue.selected >= $0.queue.total - 1 }

    /// The word typed into the queue filter, one letter at a time; it is in many demo titles.
    static let filterWord = "sehat"

    /// Cursor down in the queue, timed while another process holds the store's write lock.
    static let whileLocked = KeyScenario(
        .keyWhileLocked, setup: [.character("3"), .home], timed: [.down], atEnd: queueAtEnd)

    /// Every key press of the budget, in the order they run on one dashboard.
    static let all: [KeyScenario] = [
        KeyScenario(.queueCursorDown, setup: [.character("3"), .home], timed: [.down], atEnd: queueAtEnd),
        KeyScenario(.queuePageDown, setup: [.character("3"), .home], timed: [.pageDown], atEnd: queueAtEnd),
        KeyScenario(.paneSwitch, timed: [.tab]),
        KeyScenario(
            .proposalOpened, setup: [.character("3"), .home], timed: [.enter], restore: [.escape, .down],
            atEnd: queueAtEnd),
        KeyScenario(
            .queueFiltered, setup: [.character("3"), .home], prepare: [.character("/")],
            timed: filterWord.map { .character($0) }, restore: [.escape], weight: 1),
        KeyScenario(.monthMoved, setup: [.character("2")], timed: [.character("]")], restore: [.character("[")]),
        // Week on and back over the month's weeks: no read until the selected day leaves the month.
        KeyScenario(
            .weekMoved, setup: [.character("2"), .character("w")], timed: [.character("]")],
            restore: [.character("[")]),
        KeyScenario(.tableSorted, setup: [.character("1")], timed: [.character("s")]),
    ]
}
