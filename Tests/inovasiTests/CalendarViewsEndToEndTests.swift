import Foundation
import TestSupport
import Testing

/// The calendar's views in the real dashboard on the demo store, through tmux.
@Suite("Calendar views end to end, through tmux", .serialized)
struct CalendarViewsEndToEndTests {
    @Test("w shows the week from Monday, a the agenda, m the month again; the view is in the pane's title")
    func switchViews() throws {
        let sandbox = try CLISandbox()
        let store = try sandbox.makeDemo()
        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        try session.tmux.waitFor(text: "Kalender Pendampingan · Bulan")
        try session.tmux.sendKeys(.text("2"), .text("w"))
        let week = try session.tmux.waitFor(text: "Kalender Pendampingan · Minggu")
        #expect(week.contains("Senin,"), "\(week)")
        #expect(week.contains("Minggu,"), "\(week)")
        try session.tmux.sendKeys(.text("]"))
        try session.tmux.waitFor(text: "Kalender Pendampingan · Minggu")
        try session.tmux.sendKeys(.text("a"))
        try session.tmux.waitFor(text: "Kalender Pendampingan · Agenda")
        try session.tmux.sendKeys(.text("m"))
        let month = try session.tmux.waitFor(text: "Kalender Pendampingan · Bulan")
        #expect(month.contains("Sen Sel Rab Kam Jum Sab Min"), "\(month)")
        try session.tmux.sendKeys(.text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))
    }
}
