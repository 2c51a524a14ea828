import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// The calendar's `+`, `e`, `c` and `x`: who may, which session, the forms on the kit, their
/// validation and warnings, and what they send to the desk.
@Suite("Session forms in the calendar")
struct SessionFormTests {
    static let innovations = [
        innovation(31, "Antar Obat Lansia", agency: 2), innovation(32, "Peta Data Desa", agency: 1),
    ]

    static func innovation(_ id: Int64, _ title: String, agency: Int64) -> Innovation {
        Innovation(
            id: id, title: title, agencyID: agency, form: .publicService, kind: .digital, stage: .trial,
            initiatorKind: .agency, initiatorName: "", affair: "kesehatan", isMain: false,
            startedOn: DashboardFixtures.now)
    }

    /// The calendar focused on December's fixtures, as an admin.
    static func calendar(role: Role? = .admin, view: CalendarView = .month) -> DashboardState {
        var state = DashboardFixtures.state()
        state.context.role = role
        _ = DashboardReducer.reduce(into: &state, action: .paneFocused(.calendar))
        let data = CalendarViewFixtures.data()
        CalendarSettle.reload(&state, data: data)
        CalendarSettle.send(.calendarViewChosen(view), &state, data: data)
        return state
    }

    static func seed(_ purpose: SessionFormPurpose, _ session: MentoringSession? = nil) -> SessionFormSeed {
        SessionFormSeed(
            purpose: purpose, agencies: DashboardFixtures.agencies, innovations: innovations,
            institutions: ["Universitas Sultan Ageng Tirtayasa", "BRIN"], session: session)
    }

    /// A new-session form open on `day` (of December 2026).
    static func newForm(day: Int = 8) -> DashboardState {
        var state = calendar()
        let target = CalendarDay(year: 2026, month: 12, day: day) ?? state.today
        _ = DashboardReducer.reduce(into: &state, action: .sessionFormReady(seed(.new(target))))
        return state
    }

    /// Puts `text` into the field `id` of the open form, as typed keys would.
    static func fill(_ state: inout DashboardState, _ id: String, _ text: String) {
        guard let index = state.form?.model.fields.firstIndex(where: { $0.id == id }) else { return }
        var guardCount = 0
        while state.form?.model.focus != index, guardCount < 40 {
            _ = DashboardReducer.reduce(into: &state, action: .form(.nextField))
            guardCount += 1
        }
        _ = DashboardReducer.reduce(into: &state, action: .form(.clearField))
        for character in text { _ = DashboardReducer.reduce(into: &state, action: .form(.typed(character))) }
        _ = DashboardReducer.reduce(into: &state, action: .form(.nextField))
    }

    /// A complete new session: Dinkes' narasumber on 8 December (a Tuesday) 09:00–11:00.
    static func complete(day: Int = 8) -> DashboardState {
        var state = newForm(day: day)
        fill(&state, "title", "Klinik Proposal")
        fill(&state, "place", "Aula Bappedalitbang")
        fill(&state, "speaker", "Ir. Rina Lestari")
        fill(&state, "institution", "BRIN")
        return state
    }

    static func submit(_ state: inout DashboardState) -> [DashboardEffect] {
        DashboardReducer.reduce(into: &state, action: .form(.submit))
    }

    static func errorFields(_ state: DashboardState) -> [String?] { state.form?.model.errors.map(\.field) ?? [] }

    static func warnings(_ state: DashboardState) -> [String] {
        guard case .save(let warnings, _)? = state.form?.model.question else { return [] }
        return warnings.map { $0.message.text(.en) }
    }

    @Test("+ opens the form on the selected day, 09:00–11:00; the keys are bound in the pane and the day's detail")
    func newOnSelectedDay() {
        var state = Self.calendar()
        _ = DashboardReducer.reduce(into: &state, action: .dayMoved(2))
        let effects = DashboardReducer.reduce(into: &state, action: .sessionNewRequested)
        let day = CalendarDay(year: 2026, month: 12, day: 9)
        #expect(effects == [.openSessionForm(.new(day ?? state.today))])
        _ = DashboardReducer.reduce(into: &state, action: .sessionFormReady(Self.seed(.new(day ?? state.today))))
        guard case .session(let form) = state.form else {
            Issue.record("the session form is open")
            return
        }
        #expect(form.form["date"]?.text == "09/12/2026")
        #expect(form.form["start"]?.text == "09:00" && form.form["end"]?.text == "11:00")
        #expect(form.isNew)
        let keys = KeyMap.standard
        for context in [KeyContext.calendar(.month), .calendar(.week), .calendar(.agenda), .overlay] {
            #expect(keys.action(for: .character("+"), in: context) == .sessionNewRequested)
            #expect(keys.action(for: .character("e"), in: context) == .sessionEditRequested)
            #expect(keys.action(for: .character("c"), in: context) == .sessionCancelRequested)
            #expect(keys.action(for: .character("x"), in: context) == .sessionDoneRequested)
        }
    }

    @Test("in a day's detail the keys act on the session under its cursor, + on that day")
    func dayDetail() {
        var state = Self.calendar()
        let day = CalendarDay(year: 2026, month: 12, day: 7) ?? state.today
        let sessions = Array(CalendarViewFixtures.sessions.prefix(3))
        state.calendar.openingSession = 3
        _ = DashboardReducer.reduce(
            into: &state,
            action: .sessionDayLoaded(
                SessionDayDetail(day: day, sessions: sessions, agencyNames: [:], innovationTitles: [:])))
        #expect(state.topOverlay?.selectedItem == .session(3))
        #expect(KeyMap.context(of: state) == .overlay)
        #expect(
            DashboardReducer.reduce(into: &state, action: .sessionCancelRequested) == [.openSessionForm(.cancel(3))])
        _ = DashboardReducer.reduce(into: &state, action: .dayMoved(3))
        #expect(DashboardReducer.reduce(into: &state, action: .sessionNewRequested) == [.openSessionForm(.new(day))])
    }

    @Test("the keys do nothing outside the calendar and its day's detail")
    func onlyOnTheCalendar() {
        var queue = Self.calendar()
        _ = DashboardReducer.reduce(into: &queue, action: .paneFocused(.queue))
        #expect(SessionReducer.reduce(into: &queue, action: .sessionNewRequested).isEmpty)
        var help = Self.calendar()
        _ = DashboardReducer.reduce(into: &help, action: .helpShown)
        #expect(SessionReducer.reduce(into: &help, action: .sessionNewRequested).isEmpty)
        #expect(help.flash == nil)
    }

    @Test("only an admin on a writable store may; others are told why")
    func whoMay() {
        for role in [Role.operator, .reviewer, .supervisor, .viewer] {
            var state = Self.calendar(role: role)
            #expect(DashboardReducer.reduce(into: &state, action: .sessionNewRequested).isEmpty)
            #expect(state.flash?.text(.en).contains("admins only") == true)
        }
        var readOnly = Self.calendar()
        readOnly.context.isReadOnly = true
        #expect(DashboardReducer.reduce(into: &readOnly, action: .sessionNewRequested).isEmpty)
        #expect(readOnly.flash?.isError == true)
    }

    @Test("e on the week's cursor fills the form from the session, times in WIB")
    func editFills() {
        var state = Self.calendar(view: .week)
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        let session = CalendarReducer.selectedSession(state.calendar, timeZone: state.context.timeZone)
        #expect(session?.id == 2)
        #expect(DashboardReducer.reduce(into: &state, action: .sessionEditRequested) == [.openSessionForm(.edit(2))])
        guard let session else { return }
        _ = DashboardReducer.reduce(into: &state, action: .sessionFormReady(Self.seed(.edit(2), session)))
        guard case .session(let form) = state.form else {
            Issue.record("the edit form is open")
            return
        }
        #expect(form.form["title"]?.text == "Coaching Proposal Dinkes")
        #expect(form.form["date"]?.text == "07/12/2026")
        #expect(form.form["start"]?.text == "10:10" && form.form["end"]?.text == "12:10")
        #expect(form.pickedAgencies.map(\.code) == ["BAPPEDALITBANG", "DINKES"])
        #expect(form.form["speaker"]?.text == "Dr. Andi Wijaya")
        #expect(form.session(zone: state.context.timeZone) == session, "unchanged fields give the same session")
    }

    @Test("e on a done or cancelled session, and x on a cancelled one or one not started, say why not")
    func statusRefusals() {
        var state = Self.calendar(view: .week)
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(-1))
        #expect(CalendarReducer.selectedSession(state.calendar, timeZone: state.context.timeZone)?.id == 1)
        #expect(DashboardReducer.reduce(into: &state, action: .sessionEditRequested).isEmpty)
        #expect(state.flash?.text(.en).contains("only scheduled sessions") == true)
        #expect(DashboardReducer.reduce(into: &state, action: .sessionDoneRequested) == [.openSessionForm(.done(1))])
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        #expect(CalendarReducer.selectedSession(state.calendar, timeZone: state.context.timeZone)?.id == 2)
        #expect(DashboardReducer.reduce(into: &state, action: .sessionDoneRequested).isEmpty, "10.10 is still ahead")
        #expect(state.flash?.text(.en) == "Session #2 has not started: it can be marked done only once it has started.")
    }

    @Test("in the month view the keys act on the day's only session, or say which view to use")
    func monthView() {
        var state = Self.calendar()
        let data = CalendarViewFixtures.data()
        #expect(DashboardReducer.reduce(into: &state, action: .sessionEditRequested).isEmpty, "7 Dec has three")
        #expect(state.flash?.text(.en).hasPrefix("There are 3 sessions that day") == true)
        #expect(state.flash?.text(.en).contains("week view (w), the agenda (a) or the day's detail (Enter)") == true)
        CalendarSettle.send(.dayMoved(8), &state, data: data)
        #expect(
            DashboardReducer.reduce(into: &state, action: .sessionCancelRequested) == [.openSessionForm(.cancel(5))])
        CalendarSettle.send(.dayMoved(-7), &state, data: data)
        #expect(DashboardReducer.reduce(into: &state, action: .sessionDoneRequested).isEmpty)
        #expect(state.flash?.text(.en) == DashboardText.noSessionsThatDay.text(.en))
    }

    @Test("c asks the reason and x who attended (all picked at first) and the follow-up")
    func cancelAndDone() {
        var state = Self.calendar()
        let session = CalendarViewFixtures.sessions[1]
        _ = DashboardReducer.reduce(into: &state, action: .sessionFormReady(Self.seed(.cancel(2), session)))
        #expect(DashboardReducer.reduce(into: &state, action: .form(.submit)).isEmpty, "the reason is required")
        #expect(Self.errorFields(state) == ["reason"])
        Self.fill(&state, "reason", "Narasumber sakit")
        #expect(Self.submit(&state) == [.saveSession(.cancel(session, reason: "Narasumber sakit"))])

        var done = Self.calendar()
        _ = DashboardReducer.reduce(into: &done, action: .sessionFormReady(Self.seed(.done(2), session)))
        guard case .sessionClose(let form) = done.form, case .pick(let list) = form.form["attended"]?.kind else {
            Issue.record("the done form is open")
            return
        }
        #expect(list.picked.count == 2)
        _ = DashboardReducer.reduce(into: &done, action: .form(.toggle))
        Self.fill(&done, "followUp", "Kirim draf proposal")
        #expect(Self.submit(&done) == [.saveSession(.done(session, attended: [1], followUp: "Kirim draf proposal"))])
    }

    @Test(
        "validation names the field: empty title, end not after start, a date that does not exist, online without link")
    func validation() {
        var empty = Self.complete()
        Self.fill(&empty, "title", "")
        #expect(Self.submit(&empty).isEmpty)
        #expect(Self.errorFields(empty) == ["title"])

        var backwards = Self.complete()
        Self.fill(&backwards, "end", "08:30")
        #expect(Self.submit(&backwards).isEmpty)
        #expect(Self.errorFields(backwards) == ["end"])
        #expect(backwards.form?.model.errors.first?.message == SessionFormText.endNotAfterStart)

        var noDay = Self.complete()
        Self.fill(&noDay, "date", "2026-02-30")
        #expect(Self.submit(&noDay).isEmpty)
        #expect(Self.errorFields(noDay) == ["date"])

        var online = Self.complete()
        guard let mode = online.form?.model.fields.firstIndex(where: { $0.id == "mode" }) else { return }
        while online.form?.model.focus != mode { _ = DashboardReducer.reduce(into: &online, action: .form(.nextField)) }
        _ = DashboardReducer.reduce(into: &online, action: .form(.right))
        #expect(Self.submit(&online).isEmpty)
        #expect(Self.errorFields(online) == ["link"])
        #expect(online.form?.model.errors.first?.message == SessionFormText.linkNeeded)
    }

    @Test("a new session on a past date asks first and is saved only on yes")
    func pastDateAsks() {
        var state = Self.complete(day: 1)
        #expect(Self.submit(&state).isEmpty)
        guard case .save(_, let question)? = state.form?.model.question else {
            Issue.record("the form asks before saving a past date")
            return
        }
        #expect(question == SessionFormText.pastDate)
        let effects = DashboardReducer.reduce(into: &state, action: .form(.typed("y")))
        guard case .saveSession(.add(let session, _))? = effects.first else {
            Issue.record("yes saves")
            return
        }
        #expect(CalendarDay(containing: session.startsAt, in: DashboardFixtures.zone).day == 1)
    }

    @Test("clashes name the other session: the same narasumber, the same OPD")
    func clashes() {
        var speaker = Self.complete(day: 7)
        Self.fill(&speaker, "start", "11:00")
        Self.fill(&speaker, "end", "12:00")
        Self.fill(&speaker, "speaker", "dr.  andi wijaya")
        #expect(Self.submit(&speaker).isEmpty)
        let said = Self.warnings(speaker)
        #expect(said.contains { $0.contains("#2") && $0.contains("the same narasumber") })

        var agency = Self.complete(day: 7)
        Self.fill(&agency, "start", "13:00")
        Self.fill(&agency, "end", "15:00")
        Self.fill(&agency, "opd", "DINKES")
        _ = DashboardReducer.reduce(into: &agency, action: .form(.previousField))
        _ = DashboardReducer.reduce(into: &agency, action: .form(.toggle))
        #expect(Self.submit(&agency).isEmpty)
        #expect(Self.warnings(agency).contains { $0.contains("#3") && $0.contains("the same OPD (DINKES)") })
        let effects = DashboardReducer.reduce(into: &agency, action: .form(.confirm))
        guard case .saveSession(.add(_, let acknowledged))? = effects.first else {
            Issue.record("confirming saves")
            return
        }
        #expect(acknowledged == [3], "the store's check asks only about clashes not yet confirmed")
    }

    @Test("weekend, holiday (unverified when so) and the Friday prayer are warned in the form")
    func daysOff() {
        var friday = Self.complete(day: 25)
        Self.fill(&friday, "start", "11:00")
        Self.fill(&friday, "end", "12:00")
        #expect(Self.submit(&friday).isEmpty)
        let said = Self.warnings(friday)
        #expect(said.contains { $0.contains("national holiday") })
        #expect(said.contains { $0.contains("Friday prayer") })

        var saturday = Self.complete(day: 12)
        #expect(Self.submit(&saturday).isEmpty)
        #expect(Self.warnings(saturday).contains { $0.contains("weekend") })

        var office = Self.complete(day: 10)
        let day = CalendarDay(year: 2026, month: 12, day: 10) ?? office.today
        office.context.holidays = HolidayCalendar([
            HolidayCalendar.Entry(
                holiday: NationalHolidays.Holiday(day: day, name: "Hari Jadi Kota", isCollectiveLeave: false),
                unverified: true)
        ])
        #expect(Self.submit(&office).isEmpty)
        #expect(Self.warnings(office).contains { $0.contains("Hari Jadi Kota") && $0.contains("not yet checked") })
    }

    @Test("saving sends the session with its times in UTC: 09:00 WIB is 02:00 UTC")
    func submitsInUTC() {
        var state = Self.complete()
        Self.fill(&state, "opd", "DINKES")
        _ = DashboardReducer.reduce(into: &state, action: .form(.previousField))
        _ = DashboardReducer.reduce(into: &state, action: .form(.toggle))
        let effects = Self.submit(&state)
        guard case .saveSession(.add(let session, let acknowledged))? = effects.first else {
            Issue.record("a complete form is saved")
            return
        }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        let start = utc.dateComponents([.year, .month, .day, .hour, .minute], from: session.startsAt)
        #expect([start.year, start.month, start.day, start.hour, start.minute] == [2026, 12, 8, 2, 0])
        #expect(session.endsAt.timeIntervalSince(session.startsAt) == 7_200)
        #expect(session.title == "Klinik Proposal" && session.speakerInstitution == "BRIN")
        #expect(session.agencyIDs == [2] && session.status == .scheduled && session.id == 0)
        #expect(acknowledged.isEmpty)
        #expect(state.form != nil, "the form stays open until the store answers")
    }

    @Test("the innovation list offers those of the OPDs picked")
    func innovationsFollowAgencies() {
        var state = Self.complete()
        guard case .session(let before) = state.form, case .pick(let all) = before.form["innovations"]?.kind else {
            return
        }
        #expect(all.options.count == 2)
        Self.fill(&state, "opd", "DINKES")
        _ = DashboardReducer.reduce(into: &state, action: .form(.previousField))
        _ = DashboardReducer.reduce(into: &state, action: .form(.toggle))
        guard case .session(let after) = state.form, case .pick(let list) = after.form["innovations"]?.kind else {
            return
        }
        #expect(list.options == ["#31 Antar Obat Lansia (DINKES)"])
    }

    @Test("a refusal keeps the form and its values; the store's new clashes ask again; a save closes it")
    func answers() {
        var state = Self.complete()
        _ = Self.submit(&state)
        _ = DashboardReducer.reduce(
            into: &state, action: .sessionRefused(Localized(id: "Berkas hanya-baca.", en: "Read-only file.")))
        #expect(state.form?.model["title"]?.text == "Klinik Proposal")
        #expect(state.flash?.isError == true)
        let other = CalendarViewFixtures.sessions[4]
        guard case .session(let open) = state.form, var mine = open.session(zone: DashboardFixtures.zone) else {
            return
        }
        mine.agencyIDs = [5]
        mine.startsAt = other.startsAt
        mine.endsAt = other.endsAt
        let clashes = SessionConflicts.find(for: mine, among: [other])
        _ = DashboardReducer.reduce(into: &state, action: .sessionClashesFound(clashes))
        #expect(Self.warnings(state).contains { $0.contains("#5") })
        let effects = DashboardReducer.reduce(into: &state, action: .form(.confirm))
        guard case .saveSession(.add(var saved, let acknowledged))? = effects.first else {
            Issue.record("confirming saves again")
            return
        }
        #expect(acknowledged.contains(5))
        saved.id = 41
        let reloads = DashboardReducer.reduce(
            into: &state, action: .sessionSaved(SessionFormText.saved(41), saved))
        #expect(state.form == nil)
        #expect(state.flash?.text(.id) == "Sesi #41 disimpan.")
        #expect(state.calendar.focusSession == 41)
        #expect(
            reloads.contains(
                .loadSessions(month: state.calendar.selectedDay.firstOfMonth, timeZone: state.context.timeZone)))
    }

    @Test("Esc on a changed form asks before discarding it")
    func escapeAsks() {
        var state = Self.complete()
        _ = DashboardReducer.reduce(into: &state, action: .form(.escape))
        #expect(state.form?.model.question == .discard)
        _ = DashboardReducer.reduce(into: &state, action: .form(.typed("y")))
        #expect(state.form == nil)
    }
}
