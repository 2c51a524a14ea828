import Foundation
import InovasiCore

/// The whole state of the dashboard; it changes only in ``DashboardReducer``.
public struct DashboardState: Hashable, Sendable {
    /// Who is looking at which store under which rules; fixed for the run except the role.
    public var context: DashboardContext
    /// The language everything is drawn in; `L` switches it while the dashboard runs.
    public var language: Language
    /// The terminal's size in cells, which decides the layout.
    public var size: Size
    /// The time of the last tick; ages, "today", overdue and flash expiry are measured from it, not
    /// from the wall clock, so the reducer stays deterministic.
    public var now: Date
    /// The pane that receives list keys and, in the tabbed layout, the one shown.
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
    /// The OPD progress pane (pane 1).
    public var progress = ProgressPaneState()
    /// The mentoring calendar pane (pane 2).
    public var calendar: CalendarPaneState
    /// The review queue pane (pane 3).
    public var queue = QueuePaneState()
    /// Text searched in the calendar with `/`; `n`/`N` jump between matching days.
    public var calendarSearch = ""
    /// The message in the status line, until it expires.
    public var flash: Flash?
    /// Name of the theme in use, mirrored from the runtime's ``ThemeSwitcher`` when `T` switches it.
    public var themeName: String
    /// Last `PRAGMA data_version` seen; a different one means another process wrote.
    public var dataVersion: Int?
    /// When the data were last read successfully ("data as of").
    public var loadedAt: Date?
    /// Set while the file cannot be read; the last good picture stays on screen.
    public var loadProblem: Localized?
    /// Set while the data file is gone, cut or replaced by something unreadable (the kiosk checks).
    public var fileProblem: DataFileStatus?
    /// Set when the person asks to quit; the runtime's loop ends on it.
    public var wantsQuit = false
    /// When the kiosk showed its current view; it moves on after the kiosk interval.
    public var kioskViewSince: Date?
    /// The kiosk's wall page and the agenda it alone reads.
    public var kiosk = KioskPageState()
    /// The kiosk's repaint and burn-in clocks and the unlock sequence typed so far.
    public var kioskUpkeep = KioskUpkeep()

    /// The state before anything is loaded: focus on progress, the calendar on today's month.
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

    /// The overdue rule at ``now``, which the queue, the OPD table and their marks all follow.
    public var overdueRule: OverdueRule { OverdueRule(now: now, overdueDays: context.overdueDays) }

    /// Notes that data were read successfully: "data as of" moves on and a load problem clears.
    mutating func markLoaded() {
        loadedAt = now
        loadProblem = nil
    }
}

/// The `/` prompt: which pane it filters and the text so far.
public struct SearchPrompt: Hashable, Sendable {
    /// The pane or overlay the text will filter or search.
    public var target: SearchTarget
    /// What the person has typed so far.
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

/// Three panes, one pane with tabs, or a "too small" screen.
public enum LayoutMode: Hashable, Sendable {
    case threePanes
    case tabs
    case tooSmall

    /// Minimum size the dashboard can draw in.
    public static let minimum = Size(width: 80, height: 24)

    /// The mode for a screen of `size`: three panes from 120 columns, tabs below, "too small" under 80×24.
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
