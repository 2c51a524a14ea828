import Foundation
import InovasiCore

/// The only place the dashboard state changes: `reduce(into:action:)` hands each action to the one
/// feature that owns it and returns the effects to run.
public enum DashboardReducer {
    /// The effects that load everything when the dashboard starts.
    public static func start(_ state: DashboardState) -> [DashboardEffect] {
        var state = state
        return [.readDataVersion] + PaneID.allCases.flatMap { $0.feature.reload(&state) }
            + KioskPageReducer.reload(state)
    }

    /// Applies `action` to `state` and returns the work the runtime must do.
    /// After every action the top overlay's document is rebuilt if, and only if, what it shows changed.
    public static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        defer { DocumentKeeper.keep(&state) }
        return owner(of: action).reduce(into: &state, action: action)
    }

    /// The feature that owns `action`. The switch names every action, so a new one does not compile
    /// until it has an owner.
    static func owner(of action: DashboardAction) -> any FeatureReducer.Type {
        switch action {
        case .resized, .ticked, .redrawRequested, .quitRequested, .themeCycled, .themeChanged, .problemShown,
            .languageToggled, .paneFocused, .paneFocusedNext, .paneFocusedPrevious, .zoomToggled, .closed:
            ScreenReducer.self
        case .rowMoved, .pageMoved, .firstRowShown, .lastRowShown, .opened: NavigationReducer.self
        case .groupCollapsed, .groupExpanded, .sortCycled, .sortReversed, .progressLoaded, .yearCycled, .yearLoaded:
            ProgressReducer.self
        case .dayMoved, .monthMoved, .todayShown, .calendarViewChosen: CalendarReducer.self
        case .sessionDaysLoaded, .listedSessionsLoaded, .nextSessionLoaded, .uncoveredLoaded, .sessionDayFound:
            CalendarReducer.self
        case .queueLoaded, .queueRowsLoaded, .queueCounted: QueueReducer.self
        case .searchStarted, .searchTyped, .searchErased, .searchCommitted, .searchCancelled, .nextMatchShown,
            .previousMatchShown:
            SearchReducer.self
        case .markToggled, .rangeMarked, .takeRequested, .assignRequested, .unassignRequested, .scoreRequested,
            .decisionRequested, .undoRequested, .filterFormOpened, .queueSortCycled, .queueSortReversed,
            .reviewSaved, .reviewRefused, .queueRangeRead, .reviewBatchDone, .undoPreviewed:
            ReviewReducer.self
        case .form, .reviewersLoaded, .ownScoreLoaded: ReviewFormReducer.self
        case .stageAdvanceRequested, .stageBackRequested, .mainToggled, .innovationSaved, .innovationRefused,
            .innovationAddRequested, .innovationEditRequested, .innovationResumeRequested:
            InnovationReducer.self
        case .auditRequested, .recordTrailRequested, .auditPageMoved, .auditFilterRequested, .auditEntryOpened,
            .auditLoaded:
            AuditReducer.self
        case .adminRequested, .adminOpened, .adminAddRequested, .adminEditRequested, .adminActiveToggled,
            .adminRemoveRequested, .adminLoaded, .adminAgencyLoaded, .adminSaved, .adminRefused:
            AdminReducer.self
        case .proposalNewRequested, .proposalEditRequested, .proposalFormReady, .proposalSaved, .proposalRefused:
            ProposalReducer.self
        case .sessionNewRequested, .sessionEditRequested, .sessionCancelRequested, .sessionDoneRequested,
            .sessionFormReady, .sessionClashesFound, .sessionSaved, .sessionRefused:
            SessionReducer.self
        case .calendarExportRequested, .calendarExported, .calendarExportFailed: CalendarExportReducer.self
        case .helpShown: HelpReducer.self
        case .configReloadRequested, .configReloaded, .configReloadFailed: ConfigReducer.self
        case .agencyDetailLoaded, .proposalDetailLoaded, .sessionDayLoaded: OverlayReducer.self
        case .dataVersionRead, .dataFileChecked, .roleLoaded, .loadFailed: DataReducer.self
        case .kioskAgendaLoaded: KioskPageReducer.self
        case .kioskKeyPressed: KioskUpkeepReducer.self
        case .iidChecklistRequested, .iidChecklistLoaded, .iidEvidenceSaved, .iidEvidenceRefused:
            IIDChecklistReducer.self
        case .plannerRequested, .plannerLoaded, .plannerScopeCycled, .whatIfToggled, .whatIfEditRequested:
            PlannerReducer.self
        }
    }
}
