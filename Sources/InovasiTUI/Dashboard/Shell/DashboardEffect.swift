import Foundation
import InovasiCore

/// Work the runtime does for the reducer: reading the store, redrawing, quitting.
///
/// Each effect carries everything its runner needs (the query, the overdue rule, the time zone,
/// the user), so the runner never reads the state: what the reducer decided is what is done.
public enum DashboardEffect: Hashable, Sendable {
    /// Read every OPD's counts, with overdue proposals counted by `rule`.
    case loadProgress(OverdueRule)
    /// Read a reporting year's figures per OPD, the year's dates taken in `timeZone`.
    case loadYear(ReportingYear, timeZone: TimeZone)
    /// Load a window of queue rows without counting all matches: each letter of a live filter stays
    /// fast; the count follows once typing pauses (`countQueue`).
    case loadQueueRows(QueueRequest)
    /// Count the rows matching a query under an overdue rule.
    case countQueue(QueueQuery, OverdueRule)
    /// Load a window of queue rows and the count of all matches.
    case loadQueue(QueueRequest)
    /// Read which days of the month grid starting on `month` have sessions
    /// (``CalendarPaneState/grid(month:)``), its days taken in `timeZone`: the grid's marks only.
    case loadSessions(month: CalendarDay, timeZone: TimeZone)
    /// Read one page of the sessions a calendar view lists.
    case loadListedSessions(SessionListRequest)
    /// Find the next or previous day with a session matching a calendar search.
    case findSessionDay(SessionSearch)
    /// Read the first scheduled session starting in `[from, to)`: the header's next one today.
    case loadNextSession(from: Date, to: Date)
    /// Read the OPDs without a main innovation and no session in `[from, to)`, for the agenda.
    case loadUncovered(from: Date, to: Date)
    /// Read the OPD detail, with its monthly trend over the window.
    case loadAgencyDetail(Int64, trend: TrendWindow)
    case loadProposalDetail(Int64)
    /// Read the sessions of one day, taken in `timeZone`, with the names they refer to.
    case loadSessionDay(CalendarDay, timeZone: TimeZone)
    case readDataVersion
    /// Check the data file is still the one open (renamed, deleted, replaced, truncated).
    case checkDataFile
    /// Read at most `limit` sessions starting in `[from, to)`: the kiosk's agenda from the start of `day`.
    case loadKioskAgenda(day: CalendarDay, from: Date, to: Date, limit: Int)
    /// Read the role of the named user.
    case loadRole(userName: String)
    case cycleTheme
    /// Switches to the theme named (or the file), as the config file now says.
    case selectTheme(String)
    case redraw
    case quit
    /// Takes proposals into review (id → version seen).
    case take([Int64: Int64])
    case assign([Int64: Int64], to: String)
    case unassign([Int64: Int64])
    /// Saves a score; the rules give the weighted score the result message tells.
    case saveScore(ReviewScore, rules: ScoringRules)
    case decide(ProposalEvent, id: Int64, version: Int64, note: String)
    /// Undoes the person's last act on the proposal; `message` says what was undone when known.
    case undo(Int64, message: Localized?)
    /// Asks the store what `u` would undo, so a decision is asked about first.
    case previewUndo(Int64)
    /// The same decision for every marked proposal (id → version seen), in one transaction.
    case decideAll(ProposalEvent, [Int64: Int64], note: String)
    /// Undoes the last bulk action's proposals at once, in one transaction.
    case undoAll([Int64])
    case loadReviewers
    /// Read queue rows (a range marked with `v`) to mark them.
    case markQueueRange(QueueRequest)
    case loadOwnScore(Int64)
    /// Moves an innovation one stage on.
    case advanceStage(Int64)
    /// Moves an innovation back to an earlier stage, with the note saying why.
    case moveStageBack(Int64, to: Stage, note: String)
    /// Makes an innovation its OPD's (or bidang's) main one, or no longer main.
    case setMain(Int64, Bool)
    /// Reads a page of the audit trail: `query`'s entries from the `offset` newest on.
    case loadAudit(AuditQuery, offset: Int)
    /// Reads every OPD and user for the administration view.
    case loadAdmin
    /// Reads one OPD's bidang for the administration view.
    case loadAdminAgency(Int64)
    /// Makes one change of the administration view.
    case changeAdmin(AdminChange)
    /// Adds an innovation as the form describes it.
    case addInnovation(Innovation)
    /// Saves an innovation's changed fields as the form describes them.
    case editInnovation(Innovation)
    /// Lets a stopped innovation run again.
    case resumeInnovation(Int64)
    /// Reads what the proposal form needs: the OPDs, and the proposal with this id to edit (nil: new).
    case openProposalForm(Int64?)
    /// Adds the proposal (no expected version) or saves an edit made against that version.
    case saveProposal(Proposal, expectedVersion: Int64?)
    /// Reads what a session form needs (the OPDs, innovations, institutions, the session).
    case openSessionForm(SessionFormPurpose)
    /// Adds, edits, cancels or closes a session as the form describes.
    case saveSession(SessionSave)
    /// Writes the sessions of a range to an iCalendar file (the calendar pane's `E`).
    case exportCalendar(CalendarExportRequest)
    /// Reads the config file again (`Ctrl-R`); with `onlyIfChanged` (the kiosk's tick), only when
    /// its size or modification time changed since the last read.
    case reloadConfig(onlyIfChanged: Bool)
    /// Reads an innovation's IID evidence records of `year`, for its checklist.
    case loadIIDChecklist(year: Int, innovationID: Int64)
    /// Saves the checklist's changed rows, one audited record each, under the year's rules.
    case saveIIDEvidence([IIDEvidence], setup: IIDSetup, title: String)
    /// Reads the plan's input of the rules' year, for the planner narrowed to `agencyID`.
    case loadPlanner(setup: IIDSetup, agencyID: Int64?)
}

/// A window of the review queue to read: which rows, under which overdue rule.
public struct QueueRequest: Hashable, Sendable {
    /// The filter and order of the list.
    public var query: QueueQuery
    /// The rule the rows' overdue marks and the overdue filter are taken under.
    public var overdue: OverdueRule
    /// The list index of the first row.
    public var offset: Int
    /// How many rows at most.
    public var limit: Int

    public init(query: QueueQuery, overdue: OverdueRule, offset: Int, limit: Int) {
        self.query = query
        self.overdue = overdue
        self.offset = offset
        self.limit = limit
    }
}
