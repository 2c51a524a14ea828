/// The names actions have in the config file's `keys:` section (`take`, `help`, `nextPane`).
///
/// Stable identifiers, written by people in their files: a name never changes once released. An
/// action keeps the same name in every context it is bound in (`down` is the next row, the next
/// session or the next field, whatever the context makes of it).
extension DashboardAction {
    /// The action's name in the key map, or nil for an action no key asks for (a load's result).
    public var bindingID: String? {
        if let name = Self.plainNames[self] { return name }
        switch self {
        case .paneFocused(let pane): return Self.paneNames[pane]
        case .rowMoved(let step): return step > 0 ? "down" : "up"
        case .pageMoved(let step): return step > 0 ? "pageDown" : "pageUp"
        case .dayMoved(let step): return Self.dayMoveName(step)
        case .monthMoved(let step): return step > 0 ? "nextMonth" : "previousMonth"
        case .calendarViewChosen(let view): return view.rawValue + "View"
        case .auditPageMoved(let step): return step > 0 ? "olderPage" : "newerPage"
        case .form(let intent): return Self.formName(intent)
        default: return nil
        }
    }

    static func dayMoveName(_ step: Int) -> String {
        switch step {
        case ..<(-1): "previousWeek"
        case -1: "previousDay"
        case 1: "nextDay"
        default: "nextWeek"
        }
    }

    static func formName(_ intent: FormIntent) -> String? {
        switch intent {
        case .typed(let character): "value" + String(character)
        case .erase: "erase"
        case .eraseWord: "eraseWord"
        case .clearField: "clearField"
        case .left: "left"
        case .right: "right"
        case .home: "home"
        case .end: "end"
        case .nextField: "nextField"
        case .previousField: "previousField"
        case .up: "up"
        case .down: "down"
        case .toggle: "toggle"
        case .submit: "save"
        case .escape: "leave"
        default: nil
        }
    }

    static let paneNames: [PaneID: String] = [
        .progress: "progressPane", .calendar: "calendarPane", .queue: "queuePane",
    ]

    /// Names of the actions without a value.
    static let plainNames: [DashboardAction: String] = [
        .paneFocusedNext: "nextPane", .paneFocusedPrevious: "previousPane", .zoomToggled: "zoom",
        .firstRowShown: "top", .lastRowShown: "bottom", .opened: "open", .closed: "close",
        .groupCollapsed: "collapse", .groupExpanded: "expand", .sortCycled: "sort", .sortReversed: "reverseSort",
        .yearCycled: "year",
        .todayShown: "today", .searchStarted: "search", .searchErased: "erase", .searchCommitted: "keepSearch",
        .searchCancelled: "cancelSearch", .nextMatchShown: "nextMatch", .previousMatchShown: "previousMatch",
        .markToggled: "mark", .rangeMarked: "markRange", .takeRequested: "take", .assignRequested: "assign",
        .unassignRequested: "unassign", .scoreRequested: "score", .decisionRequested: "decide",
        .undoRequested: "undo", .filterFormOpened: "filter", .queueSortCycled: "sort",
        .queueSortReversed: "reverseSort", .stageAdvanceRequested: "nextStage", .stageBackRequested: "previousStage",
        .mainToggled: "main", .innovationAddRequested: "new", .innovationEditRequested: "edit",
        .innovationResumeRequested: "resume", .auditRequested: "audit", .recordTrailRequested: "history",
        .auditFilterRequested: "filter", .auditEntryOpened: "open", .adminRequested: "admin", .adminOpened: "open",
        .adminAddRequested: "new", .adminEditRequested: "edit", .adminActiveToggled: "toggleActive",
        .adminRemoveRequested: "remove", .proposalNewRequested: "new", .proposalEditRequested: "edit",
        .sessionNewRequested: "new", .sessionEditRequested: "edit", .sessionCancelRequested: "cancel",
        .sessionDoneRequested: "done", .calendarExportRequested: "export", .helpShown: "help",
        .themeCycled: "theme", .languageToggled: "language", .redrawRequested: "redraw", .quitRequested: "quit",
        .configReloadRequested: "reloadConfig", .iidChecklistRequested: "iidChecklist", .plannerRequested: "planner",
        .plannerScopeCycled: "scope", .whatIfToggled: "whatIf", .whatIfEditRequested: "whatIfLevels",
    ]
}
