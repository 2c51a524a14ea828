import Foundation
import InovasiCore

/// The calendar's `+` (a new session on the selected day) and, on the session under the cursor
/// (week, agenda, a day's detail; in the month view the selected day's only session), `e` edit,
/// `c` cancel, `x` mark done. Admins only, as the store's `Permission.requireAdmin` says.
enum SessionReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        if isKey(action), !onCalendar(state) { return [] }
        switch action {
        case .sessionNewRequested:
            guard mayChange(&state) else { return [] }
            if case .sessions(let detail) = state.topOverlay?.kind { return [.openSessionForm(.new(detail.day))] }
            return [.openSessionForm(.new(state.calendar.selectedDay))]
        case .sessionEditRequested: return requested(&state) { .edit($0) }
        case .sessionCancelRequested: return requested(&state) { .cancel($0) }
        case .sessionDoneRequested: return requested(&state) { .done($0) }
        case .sessionFormReady(let seed): return ready(seed, &state)
        case .sessionClashesFound(let clashes):
            guard case .session(var open) = state.form else { return [] }
            let zone = state.context.timeZone
            open.acknowledged.formUnion(clashes.map(\.other.id))
            open.candidates += clashes.map(\.other)
            let warnings = clashes.map { FormIssue(field: nil, message: open.clashText($0, zone: zone)) }
            open.form.question = .save(warnings: warnings, question: nil)
            state.form = .session(open)
            return []
        case .sessionSaved(let message, let saved):
            state.form = nil
            state.showFlash(message)
            let zone = state.context.timeZone
            state.calendar.selectedDay = CalendarDay(containing: saved.startsAt, in: zone)
            state.calendar.focusSession = saved.id
            return CalendarPane.reload(&state) + DataReducer.reloadEffects(&state).filter(isDetail)
        case .sessionRefused(let message):
            switch state.form {
            case .session(var open):
                open.form.addError(message, field: nil)
                state.form = .session(open)
            case .sessionClose(var open):
                open.form.addError(message, field: nil)
                state.form = .sessionClose(open)
            default: break
            }
            state.showFlash(message, isError: true)
            return []
        default:
            return []
        }
    }

    /// Whether `action` is one of the four keys.
    static func isKey(_ action: DashboardAction) -> Bool {
        [.sessionNewRequested, .sessionEditRequested, .sessionCancelRequested, .sessionDoneRequested].contains(action)
    }

    /// Whether the keys reach the calendar: its pane, or a day's sessions on top (not another
    /// detail that shares the plain overlay's keys, such as one audit entry).
    static func onCalendar(_ state: DashboardState) -> Bool {
        guard let top = state.topOverlay else { return state.focus == .calendar }
        if case .sessions = top.kind { return true }
        return false
    }

    /// The open details to read again after a save: a day's sessions and an OPD's.
    static func isDetail(_ effect: DashboardEffect) -> Bool {
        switch effect {
        case .loadSessionDay, .loadAgencyDetail: true
        default: false
        }
    }

    /// `e`, `c` or `x`: the target session, checked for the role and its status, then its form.
    static func requested(_ state: inout DashboardState, _ purpose: (Int64) -> SessionFormPurpose)
        -> [DashboardEffect]
    {
        guard let session = target(&state), mayChange(&state) else { return [] }
        let wanted = purpose(session.id)
        switch (wanted, session.status) {
        case (.done, .cancelled):
            state.showFlash(SessionFormText.alreadyCancelled(session.id), isError: true)
            return []
        case (.done, _) where session.startsAt > state.now:
            state.showFlash(SessionFormText.notStarted(session.id), isError: true)
            return []
        case (.edit, .scheduled), (.cancel, .scheduled), (.done, _), (.new, _):
            return [.openSessionForm(wanted)]
        case (.edit, _), (.cancel, _):
            state.showFlash(SessionFormText.notScheduled(session.id, session.status), isError: true)
            return []
        }
    }

    /// The session the keys act on: the cursor's in a day's detail, the week or the agenda; in the
    /// month view the selected day's only one. Says why there is none.
    static func target(_ state: inout DashboardState) -> MentoringSession? {
        let zone = state.context.timeZone
        if case .sessions(let detail) = state.topOverlay?.kind {
            guard case .session(let id)? = state.topOverlay?.selectedItem,
                let session = detail.sessions.first(where: { $0.id == id })
            else {
                state.showFlash(SessionFormText.noSession, isError: true)
                return nil
            }
            return session
        }
        if state.calendar.view != .month {
            guard let session = CalendarReducer.selectedSession(state.calendar, timeZone: zone) else {
                state.showFlash(SessionFormText.noSession, isError: true)
                return nil
            }
            return session
        }
        let day = CalendarReducer.agenda(state.calendar, timeZone: zone)
        guard day.count == 1, let only = day.first else {
            let bindings = state.context.keyMap.bindings(in: .calendar(.month))
            let key = { (action: DashboardAction, language: Language) in
                bindings.first { $0.action == action }?.keys.first.map { KeyNames.name($0, language) } ?? "?"
            }
            let several = SessionFormText.severalThatDay(day.count) { language in
                (
                    key(.calendarViewChosen(.week), language), key(.calendarViewChosen(.agenda), language),
                    key(.opened, language)
                )
            }
            state.showFlash(day.isEmpty ? DashboardText.noSessionsThatDay : several, isError: true)
            return nil
        }
        return only
    }

    /// Opens the form the seed was read for.
    static func ready(_ seed: SessionFormSeed, _ state: inout DashboardState) -> [DashboardEffect] {
        let zone = state.context.timeZone
        switch seed.purpose {
        case .new(let day):
            state.form = .session(SessionForm(seed, day: day, zone: zone))
        case .edit:
            state.form = .session(SessionForm(seed, day: state.calendar.selectedDay, zone: zone))
        case .cancel:
            state.form = SessionCloseForm(.cancel, seed).map { .sessionClose($0) }
        case .done:
            state.form = SessionCloseForm(.done, seed).map { .sessionClose($0) }
        }
        return []
    }

    /// Submitting or closing the open session form. Saving keeps it open until the store answers, so
    /// a refusal is shown in it with nothing typed lost.
    static func edit(_ form: SessionForm, _ intent: FormIntent, _ state: inout DashboardState) -> [DashboardEffect] {
        var open = form
        let checking = SessionForm.Checking(
            zone: state.context.timeZone, now: state.now, holidays: state.context.holidays,
            loaded: state.calendar.sessions)
        var model = open.form
        let outcome = FormReducer.reduce(&model, intent) { form.issues($0, checking) }
        open.form = model
        open.showInnovations()
        state.form = .session(open)
        switch outcome {
        case .stay: return []
        case .close:
            state.form = nil
            return []
        case .submit:
            guard let session = open.session(zone: checking.zone) else { return [] }
            let seen = open.acknowledged.union(open.clashes(for: session, checking).map(\.other.id))
            open.acknowledged = seen
            state.form = .session(open)
            guard let original = open.original else { return [.saveSession(.add(session, acknowledged: seen))] }
            return [.saveSession(.edit(session, original: original, acknowledged: seen))]
        }
    }

    /// Submitting or closing the open cancel or done form.
    static func close(_ form: SessionCloseForm, _ intent: FormIntent, _ state: inout DashboardState)
        -> [DashboardEffect]
    {
        var open = form
        let outcome = FormReducer.reduce(&open.form, intent)
        state.form = .sessionClose(open)
        switch outcome {
        case .stay: return []
        case .close:
            state.form = nil
            return []
        case .submit: return [.saveSession(open.save)]
        }
    }

    /// Puts the week's or agenda's cursor on the session just saved, once the window holds it.
    static func focus(_ pane: inout CalendarPaneState, _ zone: TimeZone) {
        guard let id = pane.focusSession else { return }
        pane.focusSession = nil
        if let index = pane.listed(timeZone: zone).firstIndex(where: { $0.id == id }) { pane.sessionCursor = index }
    }

    /// Whether the person may change sessions: a writable store and an admin; says why not.
    static func mayChange(_ state: inout DashboardState) -> Bool {
        let role = state.context.role
        return InnovationReducer.may(&state, role?.canAdminister == true, or: SessionFormText.roleNotAdmin(role))
    }
}
