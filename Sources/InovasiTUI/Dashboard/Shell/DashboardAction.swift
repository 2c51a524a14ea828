import Foundation
import InovasiCore

/// Everything that can happen to the dashboard: what a person wants, or what the runtime
/// reports. Named after the intent, never after a key.
public enum DashboardAction: Hashable, Sendable {
    // Panes
    case paneFocused(PaneID)
    case paneFocusedNext
    case paneFocusedPrevious
    case zoomToggled
    // Lists (OPD table, queue) and overlays
    case rowMoved(Int)
    case pageMoved(Int)
    case firstRowShown
    case lastRowShown
    case opened
    case closed
    // OPD table
    case groupCollapsed
    case groupExpanded
    case sortCycled
    case sortReversed
    // Calendar
    case dayMoved(Int)
    case monthMoved(Int)
    case todayShown
    /// `m`, `w`, `a`: the calendar shows its month, its week or its agenda.
    case calendarViewChosen(CalendarView)
    // Search
    case searchStarted
    case searchTyped(Character)
    case searchErased
    case searchCommitted
    case searchCancelled
    case nextMatchShown
    case previousMatchShown
    // Review triage (queue and proposal detail)
    case markToggled
    case rangeMarked
    case takeRequested
    case assignRequested
    case unassignRequested
    case scoreRequested
    case decisionRequested
    case undoRequested
    case filterFormOpened
    case queueSortCycled
    case queueSortReversed
    // Innovations (the OPD detail's cursor)
    case stageAdvanceRequested
    case stageBackRequested
    case mainToggled
    /// `+` in an OPD's detail: a new innovation of the OPD, through a form.
    case innovationAddRequested
    /// `e` in an OPD's detail: the innovation under the cursor, through a form.
    case innovationEditRequested
    /// `r` in an OPD's detail: the stopped innovation under the cursor runs again.
    case innovationResumeRequested
    // The audit view
    /// `H`: the whole audit trail (admins and supervisors).
    case auditRequested
    /// `H` in a record's detail: that record's trail.
    case recordTrailRequested
    /// `]` (1, older) or `[` (-1, newer) in the audit view.
    case auditPageMoved(Int)
    /// `f` in the audit view.
    case auditFilterRequested
    /// `Enter` in the audit view: the entry under the cursor with its before and after.
    case auditEntryOpened
    /// A page of the trail was read.
    case auditLoaded(AuditPage)
    // The administration view
    /// `M`: every OPD and user (admins only).
    case adminRequested
    /// `Enter` on an OPD: its bidang.
    case adminOpened
    /// `+`: an OPD, user or bidang, by where the cursor is.
    case adminAddRequested
    /// `e`: the OPD, user (role) or bidang under the cursor.
    case adminEditRequested
    /// `A`: the OPD under the cursor deactivated or active again.
    case adminActiveToggled
    /// `D`: the bidang under the cursor removed, after a question.
    case adminRemoveRequested
    /// The lists were read.
    case adminLoaded(AdminData)
    /// One OPD's bidang were read.
    case adminAgencyLoaded(AdminAgency)
    /// A change was saved; the text says which.
    case adminSaved(Localized)
    /// What `u` would undo on the proposal (nil: nothing the store would undo).
    case undoPreviewed(Int64, AuditEntry?)
    /// A change of several proposals was saved: `u` now undoes them all.
    case reviewBatchDone([Int64])
    /// A change was refused; the text says why.
    case adminRefused(Localized)
    // Proposals (the queue's + and e)
    case proposalNewRequested
    case proposalEditRequested
    /// What the proposal form is built from has been read.
    case proposalFormReady(ProposalFormSeed)
    /// A proposal was added or edited; the message says which.
    case proposalSaved(Localized, id: Int64)
    case proposalRefused(Localized)
    // Mentoring sessions (the calendar's + e c x)
    case sessionNewRequested
    case sessionEditRequested
    case sessionCancelRequested
    case sessionDoneRequested
    /// What a session form is built from has been read.
    case sessionFormReady(SessionFormSeed)
    /// The store found clashes the person has not confirmed yet: the form asks again.
    case sessionClashesFound([SessionConflicts.Conflict])
    /// A session was added, edited, cancelled or closed; the message says which.
    case sessionSaved(Localized, MentoringSession)
    case sessionRefused(Localized)
    // The calendar's export (E)
    case calendarExportRequested
    /// The file was written; the text says how many sessions and where.
    case calendarExported(Localized)
    /// The file could not be written; the text says why.
    case calendarExportFailed(Localized)
    /// Anything asked of the open form: the form kit's intents, one action for all of them.
    case form(FormIntent)
    // Whole screen
    case helpShown
    case themeCycled
    case languageToggled
    case redrawRequested
    case quitRequested
    /// `Ctrl-R`: read the config file again.
    case configReloadRequested
    /// The config file was read again and is good: these settings now apply.
    case configReloaded(LiveSettings)
    /// The config file read again is bad: the old settings stay; the message names the line.
    case configReloadFailed(Localized)
    // From the runtime
    case resized(Size)
    case ticked(Date)
    /// Any key on the kiosk, bound or not: only the unlock sequence does something with it.
    case kioskKeyPressed(Key)
    case progressLoaded([AgencyProgress])
    /// `y` on the OPD table: the next reporting year to show (all years, this year, the years before).
    case yearCycled
    /// A reporting year's figures, read for the OPD table's year mode.
    case yearLoaded(YearReport)
    case queueLoaded(QueuePage)
    /// Rows read while a filter is typed, without their count (it follows on `queueCounted`).
    case queueRowsLoaded(offset: Int, [QueueItem])
    /// The count of the rows matching `query`.
    case queueCounted(QueueQuery, Int)
    /// The days of the month grid starting on `month` that have sessions.
    case sessionDaysLoaded(month: CalendarDay, Set<CalendarDay>)
    /// A page of the sessions a calendar view lists, for the request that read it.
    case listedSessionsLoaded(SessionListRequest, [MentoringSession])
    /// The day a calendar search found, or nil when none matched.
    case sessionDayFound(CalendarDay?)
    /// Today's next scheduled session, or none.
    case nextSessionLoaded(MentoringSession?)
    /// The OPDs mentoring has not reached in the coming thirty days.
    case uncoveredLoaded([Agency])
    case agencyDetailLoaded(AgencyDetail)
    case proposalDetailLoaded(ProposalDetail)
    case sessionDayLoaded(SessionDayDetail)
    case dataVersionRead(Int)
    /// What the tick's look at the data file found (the kiosk only).
    case dataFileChecked(DataFileStatus)
    /// The kiosk's two-week agenda, read from the start of `day`.
    case kioskAgendaLoaded(day: CalendarDay, [MentoringSession])
    case roleLoaded(Role?)
    case loadFailed(Localized)
    case themeChanged(String)
    /// A problem to show in the status line (a broken theme file at start-up).
    case problemShown(Localized)
    case reviewersLoaded([User])
    /// The rows of a range marked with `v`, read from the store (the range may reach beyond the window).
    case queueRangeRead([QueueItem])
    case ownScoreLoaded(proposalID: Int64, ReviewScore?)
    /// A change was saved; the text says what.
    case reviewSaved(Localized)
    /// A change was refused; the text says why (who acted meanwhile, which rule).
    case reviewRefused(Localized)
    /// An innovation was changed; the text says how.
    case innovationSaved(Localized)
    /// An innovation change was refused; the text says why.
    case innovationRefused(Localized)
    // The IID checklist and planner (issue 15)
    /// `b` in an OPD's detail: the IID checklist of the innovation under the cursor.
    case iidChecklistRequested
    /// An innovation's evidence records were read for its checklist.
    case iidChecklistLoaded(innovationID: Int64, [IIDEvidence])
    /// The checklist's changed rows were saved; the text says how many.
    case iidEvidenceSaved(Localized)
    /// A row of the checklist was refused; the text names the indicator and why.
    case iidEvidenceRefused(Localized)
    /// `i`: the IID planner (narrowed to the OPD when asked from its detail).
    case plannerRequested
    /// The plan's input was read, for the planner narrowed to `agencyID` (nil: the city).
    case plannerLoaded(IIDPlanData, agencyID: Int64?)
    /// `o` in the planner: the next OPD, then the city again.
    case plannerScopeCycled
    /// `w` in the planner: the what-if mode on, or off (its changes discarded).
    case whatIfToggled
    /// `Enter` in the planner's what-if mode: the levels of the innovation under the cursor.
    case whatIfEditRequested
}
