import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// The status hints and the `?` help of the calendar say what the keys do in the view on screen:
/// `]` moves a month in the month grid but a week in the week and agenda views, where `j`/`k` move
/// the session cursor.
@Suite("Calendar hints per view")
struct CalendarHintTests {
    func state(_ view: CalendarView, language: Language = .id) -> DashboardState {
        var state = DashboardFixtures.state()
        state.language = language
        _ = DashboardReducer.reduce(into: &state, action: .paneFocused(.calendar))
        _ = DashboardReducer.reduce(into: &state, action: .calendarViewChosen(view))
        return state
    }

    func hints(_ state: DashboardState) -> String {
        StatusView.hints(state).map { $0.key + " " + $0.label }.joined(separator: "  ")
    }

    func help(_ state: DashboardState) -> [String] {
        var state = state
        state.overlays.append(Overlay(kind: .help))
        return HelpDocument.lines(state: state, width: 80).map(\.plainText)
    }

    @Test("the week view's hints and help: ] and PgDn move a week, j/k the session cursor, no month move")
    func weekHints() {
        let week = state(.week)
        #expect(KeyMap.context(of: week) == .calendar(.week))
        let hints = hints(week)
        #expect(hints.contains("]/PgDn pekan berikutnya"), "\(hints)")
        #expect(hints.contains("↓/j sesi berikutnya"), "\(hints)")
        #expect(!hints.contains("bulan berikutnya"), "\(hints)")
        let help = help(week)
        #expect(help.first?.contains("Minggu") == true)
        #expect(help.contains { $0.contains("] PgDn") && $0.contains("pekan berikutnya") })
        #expect(help.contains { $0.contains("j") && $0.contains("sesi berikutnya") })
        #expect(!help.contains { $0.contains("bulan berikutnya") })
    }

    @Test("the agenda's hints: j moves the session cursor, ] starts the agenda a week later")
    func agendaHints() {
        let hints = hints(state(.agenda, language: .en))
        #expect(hints.contains("↓/j next session"), "\(hints)")
        #expect(hints.contains("]/PgDn agenda from a week later"), "\(hints)")
        #expect(!hints.contains("next month"), "\(hints)")
    }

    @Test("the month view keeps its day, week and month moves")
    func monthHints() {
        let month = state(.month)
        #expect(hints(month).contains("]/PgDn bulan berikutnya"))
        let help = help(month)
        #expect(help.contains { $0.contains("j") && $0.contains("pekan berikutnya") })
        #expect(!help.contains { $0.contains("sesi berikutnya") })
    }

    @Test("the keys do what the hints say: ] is a week in the week view and a month in the month view")
    func keysAgree() {
        let map = KeyMap.standard
        #expect(map.action(for: .character("]"), in: .calendar(.week)) == .dayMoved(7))
        #expect(map.action(for: .pageDown, in: .calendar(.agenda)) == .dayMoved(7))
        #expect(map.action(for: .character("]"), in: .calendar(.month)) == .monthMoved(1))
        #expect(map.action(for: .character("j"), in: .calendar(.week)) == .rowMoved(1))
        #expect(map.action(for: .character("j"), in: .calendar(.month)) == .dayMoved(7))
    }
}
