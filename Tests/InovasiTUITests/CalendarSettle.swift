import Foundation
import InovasiCore

@testable import InovasiTUI

/// Reduces actions the way the runtime does for the calendar: every calendar read an action asks
/// for is run against a data source and its answer reduced, until nothing is left to read.
enum CalendarSettle {
    static func isCalendarRead(_ effect: DashboardEffect) -> Bool {
        switch effect {
        case .loadSessions, .loadListedSessions, .loadNextSession, .loadUncovered, .findSessionDay: true
        default: false
        }
    }

    /// Runs the calendar reads of `effects`, reducing each answer (and the reads those ask for).
    static func run(_ effects: [DashboardEffect], _ state: inout DashboardState, data: DashboardDataSource) {
        let runner = DashboardEffectRunner(data: data, desk: nil, innovations: nil)
        for effect in effects where isCalendarRead(effect) {
            for answer in runner.run(effect) { send(answer, &state, data: data) }
        }
    }

    /// Reduces `action`, then runs the calendar reads it asks for.
    @discardableResult
    static func send(_ action: DashboardAction, _ state: inout DashboardState, data: DashboardDataSource)
        -> [DashboardEffect]
    {
        let effects = DashboardReducer.reduce(into: &state, action: action)
        run(effects, &state, data: data)
        return effects
    }

    /// Everything the calendar shows, read from `data`.
    static func reload(_ state: inout DashboardState, data: DashboardDataSource) {
        run(CalendarPane.reload(&state), &state, data: data)
    }
}
