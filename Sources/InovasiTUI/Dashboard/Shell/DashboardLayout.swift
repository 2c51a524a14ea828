/// Where the header, the panes, the tab bar and the status line go at a given state.
///
/// The reducer uses it for page sizes and the view for drawing, so both agree.
public struct DashboardLayout: Hashable, Sendable {
    /// The top line: city, person, badges and the data file.
    public var header: Rect
    /// The line of pane tabs under the header; only when the screen is too narrow for three panes.
    public var tabBar: Rect?
    /// The bottom line: the `/` prompt, key hints, flash messages, load problems and "data as of".
    public var status: Rect
    /// The rectangle of each visible pane.
    public var panes: [PaneID: Rect]

    /// Height of the calendar pane in the three-pane layout: border, title, weekdays, six weeks.
    static let calendarHeight = 10

    /// The layout for the state's screen size, layout mode, focus and zoom.
    public init(state: DashboardState) {
        let size = state.size
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        status = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: 1)
        let body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
        panes = [:]
        switch state.layoutMode {
        case .tooSmall:
            tabBar = nil
        case .tabs:
            tabBar = Rect(x: 0, y: body.y, width: body.width, height: 1)
            panes[state.focus] = Rect(x: 0, y: body.y + 1, width: body.width, height: body.height - 1)
        case .threePanes where state.isZoomed:
            tabBar = nil
            panes[state.focus] = body
        case .threePanes where state.focus == .calendar && state.calendar.view != .month:
            // The focused week and agenda lists take the full width of the top half, so a session
            // (time, status, institution, title, narasumber, OPDs) fits on one line at 160×48.
            tabBar = nil
            let leftWidth = body.width * 11 / 20
            let calendarHeight = body.height / 2
            let below = body.height - calendarHeight
            panes[.calendar] = Rect(x: 0, y: body.y, width: body.width, height: calendarHeight)
            panes[.progress] = Rect(x: 0, y: body.y + calendarHeight, width: leftWidth, height: below)
            panes[.queue] = Rect(
                x: leftWidth, y: body.y + calendarHeight, width: body.width - leftWidth, height: below)
        case .threePanes:
            tabBar = nil
            let leftWidth = body.width * 11 / 20
            let rightWidth = body.width - leftWidth
            // The week and agenda lists take half the height, so a week of sessions fits at 160×48.
            let calendarHeight =
                state.calendar.view == .month ? min(Self.calendarHeight, body.height / 2) : body.height / 2
            panes[.progress] = Rect(x: 0, y: body.y, width: leftWidth, height: body.height)
            panes[.calendar] = Rect(x: leftWidth, y: body.y, width: rightWidth, height: calendarHeight)
            panes[.queue] = Rect(
                x: leftWidth, y: body.y + calendarHeight, width: rightWidth, height: body.height - calendarHeight)
        }
    }

    /// Rows of data a table pane shows: inside the border, below its header row.
    public func visibleRows(_ pane: PaneID) -> Int {
        guard let rect = panes[pane] else { return 1 }
        return max(1, rect.height - 3)
    }

    /// Lines an overlay shows between its title and its bottom border.
    public var overlayLines: Int {
        max(1, status.y - header.maxY - 2)
    }
}
