import Foundation
import TestSupport
import Testing

/// The calendar's session keys in the real dashboard on an office's own store, through tmux: a
/// session made from the keyboard shows in the month grid, the week and the agenda; its time
/// edited, the command line finds the new time under the same UID with a higher SEQUENCE.
@Suite("Session forms end to end, through tmux", .serialized)
struct SessionFormEndToEndTests {
    /// The lines of `inovasi sessions show ID` that are not blank.
    static func show(_ sandbox: CLISandbox, _ store: String, id: String) throws -> String {
        let shown = try sandbox.run(["sessions", "show", id, "--data", store])
        #expect(shown.status == 0, "\(shown.stderr)")
        return shown.stdout
    }

    static func line(_ text: String, starting prefix: String) -> String {
        text.split(separator: "\n").first { $0.hasPrefix(prefix) }.map(String.init) ?? ""
    }

    @Test("create a session from the keyboard, see it in the grid, week and agenda, edit its time")
    func createAndEdit() throws {
        let sandbox = try CLISandbox()
        let store = sandbox.path("cilegon.sqlite")
        let created = try sandbox.run(["init", "--city", "cilegon", "--data", store])
        #expect(created.status == 0, "\(created.stderr)")

        let session = try DashboardSession.start(sandbox, arguments: ["--data", store])
        try session.tmux.waitFor(text: "Kalender Pendampingan · Bulan")
        try session.tmux.sendKeys(.text("2"), .text("+"))
        try session.tmux.waitFor(text: "Sesi pendampingan baru")
        // Title, then the day (Tuesday 5 March 2030: no weekend, no holiday), times 09:00–11:00 kept.
        try session.tmux.sendKeys(.text("Klinik Inovasi Uji"), .named("Tab"), .named("C-u"), .text("05/03/2030"))
        try session.tmux.sendKeys(.named("Tab"), .named("Tab"), .named("Tab"), .text("Aula Setda"))
        try session.tmux.sendKeys(.named("Tab"), .named("Tab"), .named("Tab"), .text("Dr. Siti Aminah"))
        try session.tmux.sendKeys(.named("Tab"), .text("BRIN"), .enter)
        let month = try session.tmux.waitUntil("the session saved and the form gone") {
            $0.contains("dijadwalkan") && !$0.contains("Sesi pendampingan baru")
        }
        #expect(month.contains("Maret 2030"), "\(month)")
        #expect(month.contains(" 5•"), "the day is marked in the grid: \(month)")
        try session.tmux.sendKeys(.text("w"))
        let week = try session.tmux.waitFor(text: "Kalender Pendampingan · Minggu")
        #expect(Self.line(week, has: "09.00–11.00", "BRIN", "Klinik Inovasi Uji"), "\(week)")
        try session.tmux.sendKeys(.text("a"))
        let agenda = try session.tmux.waitFor(text: "Kalender Pendampingan · Agenda")
        #expect(agenda.contains("Klinik Inovasi Uji"), "\(agenda)")

        let before = try Self.show(sandbox, store, id: "1")
        let firstFile = sandbox.path("first.ics")
        let exported = try sandbox.run(["export", "sessions", firstFile, "--data", store])
        #expect(exported.status == 0, "\(exported.stderr)")
        let first = try Self.event(in: firstFile)
        try session.tmux.sendKeys(.text("e"))
        try session.tmux.waitFor(text: "Ubah sesi #1")
        try session.tmux.sendKeys(.named("Tab"), .named("Tab"), .named("C-u"), .text("13:00"))
        try session.tmux.sendKeys(.named("Tab"), .named("C-u"), .text("15:00"), .enter)
        let edited = try session.tmux.waitUntil("the edit saved and the form gone") {
            $0.contains("Sesi #1 disimpan") && !$0.contains("Ubah sesi #1")
        }
        #expect(edited.contains("Klinik Inovasi Uji"), "\(edited)")
        try session.tmux.sendKeys(.text("w"))
        let week2 = try session.tmux.waitFor(text: "Kalender Pendampingan · Minggu")
        #expect(Self.line(week2, has: "13.00–15.00", "BRIN", "Klinik Inovasi Uji"), "\(week2)")
        // The week on screen to a file from the pane (E), then the same UID with a higher SEQUENCE.
        let paneFile = sandbox.path("week.ics")
        try session.tmux.sendKeys(.text("E"))
        try session.tmux.waitFor(text: "inovasi-sesi-2030-W10.ics")
        try session.tmux.sendKeys(.named("C-u"), .text(paneFile), .enter)
        // The path shows in the form as it is typed: wait for the file itself (the form writes it whole).
        _ = try session.tmux.waitUntil("the pane's export written", timeout: .seconds(20)) { _ in
            FileManager.default.fileExists(atPath: paneFile)
        }
        let second = try Self.event(in: paneFile)
        #expect(!first.uid.isEmpty && second.uid == first.uid, "\(first) \(second)")
        #expect(first.sequence == "0" && second.sequence == "1", "\(first) \(second)")
        #expect(second.start == "DTSTART;TZID=Asia/Jakarta:20300305T130000", "13.00 WIB: \(second)")
        try session.tmux.sendKeys(.text("q"))
        #expect(try session.waitForReport().contains("EXITED:0"))

        let after = try Self.show(sandbox, store, id: "1")
        #expect(after.contains("13.00–15.00"), "\(after)")
        let uid = Self.line(before, starting: "UID")
        #expect(!uid.isEmpty && Self.line(after, starting: "UID") == uid, "\(before)\n\(after)")
        #expect(Self.line(before, starting: "Urutan ubah").hasSuffix(" 0"), "\(before)")
        #expect(Self.line(after, starting: "Urutan ubah").hasSuffix(" 1"), "\(after)")
    }

    /// The UID, SEQUENCE and DTSTART lines of the one event in the calendar file at `path`, unfolded.
    static func event(in path: String) throws -> (uid: String, sequence: String, start: String) {
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\r\n ", with: "")
        let all = text.components(separatedBy: "\r\n")
        #expect(all.filter { $0 == "BEGIN:VEVENT" }.count == 1, "\(text)")
        let lines = all.drop { $0 != "BEGIN:VEVENT" }
        let value = { (name: String) in
            lines.first { $0.hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)) } ?? ""
        }
        return (value("UID"), value("SEQUENCE"), lines.first { $0.hasPrefix("DTSTART") } ?? "")
    }

    /// Whether one line of `screen` holds every one of `parts`, in order (the week's session line:
    /// time, institution tag, title).
    static func line(_ screen: String, has parts: String...) -> Bool {
        screen.split(separator: "\n").contains { line in
            var rest = Substring(line)
            for part in parts {
                guard let range = rest.range(of: part) else { return false }
                rest = rest[range.upperBound...]
            }
            return true
        }
    }
}
