import InovasiCore

/// What the shell asks of a pane, so that focus, `Enter`, `/`, `n`/`N`, `Esc`, resizing, drawing and
/// the status hints reach the focused pane through one table (``PaneID/feature``) instead of a
/// switch in each shell file. A new pane conforms in its own folder and adds one line there.
protocol PaneFeature {
    /// The pane's title in the pane border and the tab bar.
    static var title: Localized { get }
    /// The status line's hints when the pane has focus, most important first.
    static var hintActions: [DashboardAction] { get }
    /// What the pane reads from the store: at start, and again after another process's commit.
    static func reload(_ state: inout DashboardState) -> [DashboardEffect]
    /// The list keys (row, page, first, last) on the focused pane.
    static func navigate(_ state: inout DashboardState, _ action: DashboardAction) -> [DashboardEffect]
    /// `Enter`: opens the detail of what is selected.
    static func open(_ state: inout DashboardState) -> [DashboardEffect]
    /// The text a `/` prompt starts from.
    static func searchText(_ state: DashboardState) -> String
    /// Applies the prompt's text live, letter by letter.
    static func search(_ text: String, _ state: inout DashboardState) -> [DashboardEffect]
    /// `Enter` in the prompt: the search is kept.
    static func searchCommitted(_ state: inout DashboardState) -> [DashboardEffect]
    /// `n` / `N`: the next or previous match of the last search.
    static func jump(_ state: inout DashboardState, forward: Bool) -> [DashboardEffect]
    /// `Esc` with nothing above the pane: clears its filter; nil when it has none to clear.
    static func clearFilter(_ state: inout DashboardState) -> [DashboardEffect]?
    /// After the pane's rectangle changed: keeps the selection visible and rows loaded.
    static func refit(_ state: inout DashboardState) -> [DashboardEffect]
    /// Draws the pane into `area`.
    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme)
}
