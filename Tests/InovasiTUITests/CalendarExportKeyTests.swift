import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// The calendar pane's `E`: a one-field form on the range shown, its submit an effect carrying that
/// range, the result a flash.
@Suite("Calendar export key")
struct CalendarExportKeyTests {
    /// A desk that records what it was asked and answers as told.
    final class RecordingDesk: CalendarExportDesk, @unchecked Sendable {
        var requests: [CalendarExportRequest] = []
        var failure: Error?

        func exportCalendar(_ request: CalendarExportRequest) throws -> CalendarExportResult {
            requests.append(request)
            if let failure { throw failure }
            return CalendarExportResult(count: 3, path: "/home/rina/" + request.path.dropFirst(2))
        }
    }

    struct Refused: ReviewRefusal {
        func message(_ language: Language) -> String {
            [Language.id: "folder tidak ada", .en: "no such folder"][language] ?? ""
        }
    }

    static func day(_ month: Int, _ day: Int, year: Int = 2026) -> Date {
        CalendarDay(year: year, month: month, day: day)?.start(in: DashboardFixtures.zone) ?? .distantPast
    }

    /// The state on Monday 7 December 2026 in `view`, after `E`.
    func opened(_ view: CalendarView) throws -> (DashboardState, CalendarExportForm) {
        var state = DashboardFixtures.state()
        _ = DashboardReducer.reduce(into: &state, action: .paneFocused(.calendar))
        _ = DashboardReducer.reduce(into: &state, action: .calendarViewChosen(view))
        let effects = DashboardReducer.reduce(into: &state, action: .calendarExportRequested)
        #expect(effects.isEmpty)
        guard case .calendarExport(let form) = state.form else { throw CalendarExportKeyError.noForm }
        return (state, form)
    }

    enum CalendarExportKeyError: Error { case noForm }

    @Test("E in the calendar asks for the export; the key is free everywhere else")
    func key() {
        for view in CalendarView.allCases {
            #expect(KeyMap.standard.action(for: .character("E"), in: .calendar(view)) == .calendarExportRequested)
        }
        #expect(KeyMap.standard.action(for: .character("E"), in: .pane(.queue)) != .calendarExportRequested)
    }

    @Test("the month view exports its month: the form's default path and the effect's range")
    func month() throws {
        var (state, form) = try opened(.month)
        #expect(form.path == "~/inovasi-sesi-2026-12.ics")
        #expect(form.first.description == "2026-12-01" && form.last.description == "2026-12-31")
        let effects = DashboardReducer.reduce(into: &state, action: .form(.submit))
        #expect(state.form == nil)
        #expect(
            effects == [
                .exportCalendar(
                    CalendarExportRequest(
                        from: Self.day(12, 1), to: Self.day(1, 1, year: 2027), zone: DashboardFixtures.zone,
                        language: .id, path: "~/inovasi-sesi-2026-12.ics", now: DashboardFixtures.now))
            ])
    }

    @Test("the week view exports its week, the agenda its days; a typed path is the one written")
    func weekAndAgenda() throws {
        var (week, weekForm) = try opened(.week)
        #expect(weekForm.path == "~/inovasi-sesi-2026-W50.ics")
        for intent: FormIntent in [.clearField] + "/tmp/pekan.ics".map(FormIntent.typed) {
            _ = DashboardReducer.reduce(into: &week, action: .form(intent))
        }
        let effects = DashboardReducer.reduce(into: &week, action: .form(.submit))
        guard case .exportCalendar(let request) = effects.first else {
            Issue.record("no export effect: \(effects)")
            return
        }
        #expect(request.from == Self.day(12, 7) && request.to == Self.day(12, 14) && request.path == "/tmp/pekan.ics")
        let (_, agenda) = try opened(.agenda)
        #expect(agenda.path == "~/inovasi-sesi-2026-12-07.ics")
        #expect(agenda.first.description == "2026-12-07" && agenda.last.description == "2027-01-05")
    }

    @Test("Esc closes the form without exporting")
    func escape() throws {
        var (state, _) = try opened(.month)
        let effects = DashboardReducer.reduce(into: &state, action: .form(.escape))
        #expect(effects.isEmpty && state.form == nil)
    }

    @Test("the runner hands the request to the desk and the result, or the refusal, becomes a flash")
    func runner() {
        let desk = RecordingDesk()
        let request = CalendarExportRequest(
            from: Self.day(12, 1), to: Self.day(1, 1, year: 2027), zone: DashboardFixtures.zone, language: .en,
            path: "~/sesi.ics", now: DashboardFixtures.now)
        let runner = DashboardEffectRunner(
            data: CalendarViewFixtures.data(), desk: nil, innovations: nil, calendarExport: desk)
        let done = runner.run(.exportCalendar(request))
        #expect(desk.requests == [request])
        var state = DashboardFixtures.state()
        for action in done { _ = DashboardReducer.reduce(into: &state, action: action) }
        #expect(state.flash?.text(.id) == "Diekspor 3 jadwal pendampingan ke /home/rina/sesi.ics")
        #expect(state.flash?.isError == false)
        desk.failure = Refused()
        for action in runner.run(.exportCalendar(request)) { _ = DashboardReducer.reduce(into: &state, action: action) }
        #expect(state.flash?.text(.en) == "no such folder" && state.flash?.isError == true)
        let none = DashboardEffectRunner(data: CalendarViewFixtures.data(), desk: nil, innovations: nil)
        #expect(none.run(.exportCalendar(request)) == [.calendarExportFailed(CalendarExportText.unavailable)])
    }
}
