import Foundation
import InovasiCore

/// Performs the effects that read the store and turns their results into actions.
///
/// It never reads the dashboard's state: each effect carries what it needs.
struct DashboardEffectRunner {
    let data: DashboardDataSource
    /// Where review changes go; nil when the dashboard only reads (the kiosk).
    let desk: ReviewDesk?
    /// Where innovation changes go; nil when the dashboard only reads.
    let innovations: InnovationDesk?
    /// Where the administration view reads and writes; nil when the dashboard only reads.
    var admin: AdminDesk?
    /// Where new and edited proposals go; nil when the dashboard only reads.
    var proposals: ProposalDesk?
    /// Where the calendar's session changes go; nil when the dashboard only reads.
    var sessions: SessionDesk?
    /// Where the calendar's `E` writes its file; nil when the dashboard cannot export.
    var calendarExport: CalendarExportDesk?
    /// Where the config file is read again; nil when the dashboard has none to reload.
    var config: ConfigSource?
    /// Where the IID evidence is read and written; nil when the dashboard has no store for it.
    var iid: IIDDesk?

    func run(_ effect: DashboardEffect) -> [DashboardAction] {
        do {
            return try load(effect)
        } catch let refusal as ReviewRefusal {
            // A store's error in the words the command line prints, in both languages.
            return [.loadFailed(refusal.localized)]
        } catch {
            return [.loadFailed(DashboardText.unexpected(String(describing: error)))]
        }
    }

    func load(_ effect: DashboardEffect) throws -> [DashboardAction] {
        switch effect {
        case .loadProgress(let rule):
            return [.progressLoaded(try data.progress(now: rule.now, overdueDays: rule.overdueDays))]
        case .loadYear(let year, let zone):
            return [.yearLoaded(try data.yearFigures(year: year, timeZone: zone))]
        case .loadQueue(let request):
            return [.queueLoaded(try data.queuePage(request))]
        case .markQueueRange(let request):
            return [.queueRangeRead(try data.queueRows(request))]
        case .loadQueueRows(let request):
            return [.queueRowsLoaded(offset: request.offset, try data.queueRows(request))]
        case .countQueue(let query, let rule):
            return [.queueCounted(query, try data.queueCount(query, now: rule.now, overdueDays: rule.overdueDays))]
        case .loadSessions(let month, let zone):
            return [.sessionDaysLoaded(month: month, try busyDays(month, zone: zone))]
        case .loadListedSessions(let request):
            let (from, to) = request.interval
            let page = try data.sessions(startingFrom: from, to: to, offset: request.offset, limit: request.limit)
            return [.listedSessionsLoaded(request, page)]
        case .findSessionDay(let search):
            let window = CalendarPaneState.window(month: search.from.firstOfMonth)
            let from = window.lowerBound.start(in: search.timeZone)
            let to = window.upperBound.adding(days: 1).start(in: search.timeZone)
            let sessions = try data.sessions(from: from, to: to)
            return [.sessionDayFound(CalendarReducer.matchingDay(search, in: sessions))]
        case .loadNextSession(let from, let to):
            return [.nextSessionLoaded(try data.nextSession(from: from, to: to))]
        case .loadUncovered(let from, let to):
            return [.uncoveredLoaded(try data.uncoveredAgencies(from: from, to: to))]
        case .loadAgencyDetail(let id, let window):
            guard var detail = try data.agencyDetail(id: id) else { return [] }
            detail.trend = try data.monthlyTrend(agencyID: id, window: window)
            return [.agencyDetailLoaded(detail)]
        case .loadProposalDetail(let id):
            return try data.proposalDetail(id: id).map { [.proposalDetailLoaded($0)] } ?? []
        case .loadSessionDay(let day, let zone):
            return [.sessionDayLoaded(try sessionDay(day, zone: zone))]
        case .loadAudit(let query, let offset):
            return [.auditLoaded(try data.auditPage(query, offset: offset, limit: AuditPage.size))]
        case .readDataVersion:
            return [.dataVersionRead(try data.dataVersion())]
        case .checkDataFile:
            return [.dataFileChecked(data.checkFile())]
        case .loadKioskAgenda(let day, let from, let to, let limit):
            return [
                .kioskAgendaLoaded(day: day, try data.sessions(startingFrom: from, to: to, offset: 0, limit: limit))
            ]
        case .loadRole(let user):
            return [.roleLoaded(try data.role(of: user))]
        case .take, .assign, .unassign, .saveScore, .decide, .undo, .loadReviewers, .loadOwnScore, .decideAll, .undoAll,
            .previewUndo:
            guard let desk else { return [.reviewRefused(ReviewText.readOnly)] }
            return ReviewEffectRunner(desk: desk).run(effect)
        case .advanceStage, .moveStageBack, .setMain, .addInnovation, .editInnovation, .resumeInnovation:
            guard let innovations else { return [.innovationRefused(ReviewText.readOnly)] }
            return InnovationEffectRunner(desk: innovations).run(effect)
        case .loadAdmin, .loadAdminAgency, .changeAdmin:
            guard let admin else { return [.adminRefused(ReviewText.readOnly)] }
            return AdminEffectRunner(desk: admin).run(effect)
        case .openProposalForm, .saveProposal:
            guard let proposals else { return [.proposalRefused(ReviewText.readOnly)] }
            return ProposalEffectRunner(desk: proposals).run(effect)
        case .openSessionForm, .saveSession:
            guard let sessions else { return [.sessionRefused(ReviewText.readOnly)] }
            return SessionEffectRunner(desk: sessions).run(effect)
        case .loadIIDChecklist, .loadPlanner:
            guard let iid else { return [.loadFailed(ChecklistText.noRules)] }
            return IIDEffectRunner(desk: iid).run(effect)
        case .saveIIDEvidence:
            guard let iid else { return [.iidEvidenceRefused(ReviewText.readOnly)] }
            return IIDEffectRunner(desk: iid).run(effect)
        case .exportCalendar(let request):
            return exportCalendar(request)
        case .reloadConfig(let onlyIfChanged):
            return reloadConfig(onlyIfChanged: onlyIfChanged)
        case .cycleTheme, .selectTheme, .redraw, .quit:
            return []
        }
    }

    /// The config file read again, as the action that applies it or says why not.
    func reloadConfig(onlyIfChanged: Bool) -> [DashboardAction] {
        guard let config else { return onlyIfChanged ? [] : [.configReloadFailed(ConfigReloadText.unavailable)] }
        switch config.reloadConfig(onlyIfChanged: onlyIfChanged) {
        case .unchanged: return []
        case .loaded(let settings): return [.configReloaded(settings)]
        case .refused(let problem): return [.configReloadFailed(problem)]
        }
    }

    /// The export's result as a flash: how many sessions and where, or why not.
    func exportCalendar(_ request: CalendarExportRequest) -> [DashboardAction] {
        guard let calendarExport else { return [.calendarExportFailed(CalendarExportText.unavailable)] }
        do {
            let result = try calendarExport.exportCalendar(request)
            return [.calendarExported(CalendarExportText.done(result.count, result.path))]
        } catch let refusal as ReviewRefusal {
            return [.calendarExportFailed(refusal.localized)]
        } catch {
            return [.calendarExportFailed(DashboardText.unexpected(String(describing: error)))]
        }
    }

    /// The days of `month`'s grid on which a session starts: one probe a day, no session read.
    func busyDays(_ month: CalendarDay, zone: TimeZone) throws -> Set<CalendarDay> {
        let grid = CalendarPaneState.grid(month: month)
        var days = [grid.lowerBound]
        while let last = days.last, last < grid.upperBound { days.append(last.adding(days: 1)) }
        let busy = try data.sessionStarts(
            between: (days + [grid.upperBound.adding(days: 1)]).map { $0.start(in: zone) })
        return Set(zip(days, busy).filter(\.1).map(\.0))
    }

    func sessionDay(_ day: CalendarDay, zone: TimeZone) throws -> SessionDayDetail {
        let sessions = try data.sessions(from: day.start(in: zone), to: day.adding(days: 1).start(in: zone))
        let agencyIDs = Array(Set(sessions.flatMap(\.agencyIDs)))
        let innovationIDs = Array(Set(sessions.flatMap(\.innovationIDs)))
        return SessionDayDetail(
            day: day, sessions: sessions, agencyNames: try data.agencyNames(ids: agencyIDs),
            innovationTitles: try data.innovationTitles(ids: innovationIDs))
    }
}

extension DashboardDataSource {
    /// The rows of `request`.
    func queueRows(_ request: QueueRequest) throws -> [QueueItem] {
        try queueRows(
            request.query, now: request.overdue.now, overdueDays: request.overdue.overdueDays,
            offset: request.offset, limit: request.limit)
    }

    /// The rows of `request` with the count of all matches.
    func queuePage(_ request: QueueRequest) throws -> QueuePage {
        try queuePage(
            request.query, now: request.overdue.now, overdueDays: request.overdue.overdueDays,
            offset: request.offset, limit: request.limit)
    }
}
