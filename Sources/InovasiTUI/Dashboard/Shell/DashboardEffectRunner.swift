import Foundation
import InovasiCore

/// Performs the effects that read the store and turns their results into actions.
struct DashboardEffectRunner {
    let data: DashboardDataSource
    /// Where review changes go; nil when the dashboard only reads (the kiosk).
    let desk: ReviewDesk?

    func run(_ effect: DashboardEffect, state: DashboardState) -> [DashboardAction] {
        do {
            return try load(effect, state: state)
        } catch let refusal as ReviewRefusal {
            // A store's error in the words the command line prints, in the person's language.
            return [.loadFailed(refusal.message(state.language))]
        } catch {
            return [.loadFailed(String(describing: error))]
        }
    }

    func load(_ effect: DashboardEffect, state: DashboardState) throws -> [DashboardAction] {
        let context = state.context
        switch effect {
        case .loadProgress:
            return [.progressLoaded(try data.progress(now: state.now, overdueDays: context.overdueDays))]
        case .loadQueue(let offset, let limit):
            let page = try data.queuePage(
                state.queue.query, now: state.now, overdueDays: context.overdueDays, offset: offset, limit: limit)
            return [.queueLoaded(page)]
        case .markQueueRange(let from, let to):
            let rows = try data.queueRows(
                state.queue.query, now: state.now, overdueDays: context.overdueDays, offset: from, limit: to - from + 1)
            return [.queueRangeRead(rows)]
        case .loadQueueRows(let offset, let limit):
            let rows = try data.queueRows(
                state.queue.query, now: state.now, overdueDays: context.overdueDays, offset: offset, limit: limit)
            return [.queueRowsLoaded(offset: offset, rows)]
        case .countQueue:
            let query = state.queue.query
            return [.queueCounted(query, try data.queueCount(query, now: state.now, overdueDays: context.overdueDays))]
        case .loadSessions(let month):
            let from = month.start(in: context.timeZone)
            let to = month.lastOfMonth.adding(days: 1).start(in: context.timeZone)
            return [.sessionsLoaded(month: month, try data.sessions(from: from, to: to))]
        case .loadAgencyDetail(let id):
            return try data.agencyDetail(id: id).map { [.agencyDetailLoaded($0)] } ?? []
        case .loadProposalDetail(let id):
            return try data.proposalDetail(id: id).map { [.proposalDetailLoaded($0)] } ?? []
        case .loadSessionDay(let day):
            return [.sessionDayLoaded(try sessionDay(day, zone: context.timeZone))]
        case .readDataVersion:
            return [.dataVersionRead(try data.dataVersion())]
        case .checkDataFile:
            return [.dataFileChecked(data.checkFile())]
        case .loadRole:
            return [.roleLoaded(try data.role(of: context.userName))]
        case .take, .assign, .unassign, .saveScore, .decide, .undo, .loadReviewers, .loadOwnScore:
            guard let desk else { return [.reviewRefused(ReviewText.readOnly.text(state.language))] }
            return ReviewEffectRunner(desk: desk).run(effect, state: state)
        case .cycleTheme, .redraw, .quit:
            return []
        }
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
