import Foundation
import InovasiCore

/// The whole state of the dashboard; it changes only in ``DashboardReducer``.
public struct DashboardState: Hashable, Sendable {
    public var context: DashboardContext
    public var language: Language
    public var size: Size
    public var now: Date
    public var focus: PaneID = .progress
    /// The focused pane fills the screen.
    public var isZoomed = false
    /// Open overlays, the last on top.
    public var overlays: [Overlay] = []
    /// The `/` prompt while it is being typed.
    public var prompt: SearchPrompt?
    /// A review form over everything else.
    public var form: ReviewForm?
    /// Unsaved scores by proposal: a draft survives leaving the form.
    public var scoreDrafts: [Int64: ScoreForm] = [:]
    public var progress = ProgressPaneState()
    public var calendar: CalendarPaneState
    public var queue = QueuePaneState()
    /// Text searched in the calendar with `/`; `n`/`N` jump between matching days.
    public var calendarSearch = ""
    public var flash: Flash?
    public var themeName: String
    /// Last `PRAGMA data_version` seen; a different one means another process wrote.
    public var dataVersion: Int?
    /// When the data were last read successfully ("data as of").
    public var loadedAt: Date?
    /// Set while the file cannot be read; the last good picture stays on screen.
    public var loadProblem: String?
    public var wantsQuit = false
    /// When the kiosk showed its current view; it moves on after the kiosk interval.
    public var kioskViewSince: Date?

    public init(context: DashboardContext, language: Language, size: Size, now: Date, themeName: String) {
        self.context = context
        self.language = language
        self.size = size
        self.now = now
        self.themeName = themeName
        self.calendar = CalendarPaneState(selectedDay: CalendarDay(containing: now, in: context.timeZone))
    }

    /// The day it is now in the display zone.
    public var today: CalendarDay { CalendarDay(containing: now, in: context.timeZone) }

    /// How the screen is laid out at the current size.
    public var layoutMode: LayoutMode { LayoutMode(size: size) }

    /// The review rules in force.
    public var scoring: ScoringRules { context.scoring }

    /// The top overlay, if any.
    public var topOverlay: Overlay? { overlays.last }
}

/// The `/` prompt: which pane it filters and the text so far.
public struct SearchPrompt: Hashable, Sendable {
    public var target: SearchTarget
    public var text: String

    public init(target: SearchTarget, text: String = "") {
        self.target = target
        self.text = text
    }
}

/// What a `/` search applies to.
public enum SearchTarget: Hashable, Sendable {
    case pane(PaneID)
    case overlay
}

/// A short message in the status line that fades after a few seconds.
public struct Flash: Hashable, Sendable {
    public var text: String
    public var isError: Bool
    public var expires: Date

    public init(text: String, isError: Bool = false, expires: Date) {
        self.text = text
        self.isError = isError
        self.expires = expires
    }
}

/// Three panes, one pane with tabs, or a "too small" screen.
public enum LayoutMode: Hashable, Sendable {
    case threePanes
    case tabs
    case tooSmall

    /// Minimum size the dashboard can draw in.
    public static let minimum = Size(width: 80, height: 24)

    public init(size: Size) {
        if size.width < Self.minimum.width || size.height < Self.minimum.height {
            self = .tooSmall
        } else if size.width >= 120 {
            self = .threePanes
        } else {
            self = .tabs
        }
    }
}
