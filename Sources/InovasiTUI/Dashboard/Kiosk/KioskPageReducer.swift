import Foundation
import InovasiCore

/// The kiosk's wall pages: which comes next, the OPD page's screenfuls, and the two-week agenda.
enum KioskPageReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .kioskAgendaLoaded(let day, let sessions):
            state.kiosk.agendaDay = day
            state.kiosk.agenda = sessions
            state.markLoaded()
            return []
        default: return []
        }
    }

    /// The next screenful: the OPD page's next screen while it has one, else the next configured page.
    static func turn(_ state: inout DashboardState) {
        let pages = state.context.kiosk.pages
        let current = state.kiosk.page(in: pages)
        if current == .opd, state.kiosk.agencyPage + 1 < AgencyPageView.pageCount(state) {
            state.kiosk.agencyPage += 1
            return
        }
        state.kiosk.agencyPage = 0
        state.kiosk.index = (state.kiosk.index + 1) % max(1, pages.count)
    }

    /// The agenda's read when the day moved on since the last one (the start, midnight).
    static func agendaIfStale(_ state: inout DashboardState) -> [DashboardEffect] {
        guard state.context.isKiosk, state.kiosk.agendaDay != state.today else { return [] }
        state.kiosk.agendaDay = state.today
        return [agendaLoad(state)]
    }

    /// The agenda read again, after another process's commit.
    static func reload(_ state: DashboardState) -> [DashboardEffect] {
        state.context.isKiosk ? [agendaLoad(state)] : []
    }

    /// The coming two weeks from the start of today, in the display zone.
    static func agendaLoad(_ state: DashboardState) -> DashboardEffect {
        let zone = state.context.timeZone
        let today = state.today
        return .loadKioskAgenda(
            day: today, from: today.start(in: zone),
            to: today.adding(days: KioskPageState.agendaDays).start(in: zone), limit: KioskPageState.agendaLimit)
    }
}
