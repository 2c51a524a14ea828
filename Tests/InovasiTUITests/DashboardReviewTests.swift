import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

@Suite("Review triage from the keyboard")
struct DashboardReviewTests {
    final class Harness {
        let terminal = MemoryTerminal(size: Size(width: 160, height: 48))
        let data = DashboardFakeData()
        let desk = DashboardFakeDesk()
        let runtime: DashboardRuntime<MemoryTerminal>

        /// `holder` holds the first proposal (in review): only the holder or an admin decides it.
        init(
            role: Role = .reviewer, agencyID: Int64? = nil, width: Int = 160, height: Int = 48,
            holder: String? = "rina.h", isExternal: Bool = false
        ) {
            var state = DashboardFixtures.state(width: width, height: height)
            state.context.role = role
            state.context.userAgencyID = agencyID
            state.context.userIsExternal = isExternal
            data.roles["rina.h"] = role
            data.queue[0].assignee = holder
            let catalog = ThemeCatalog(folders: [])
            runtime = DashboardRuntime(
                backend: terminal, data: data, desk: desk, state: state,
                themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)),
                clock: { DashboardFixtures.now })
            runtime.start()
            press(.character("3"))
        }

        func press(_ keys: Key...) { for key in keys { runtime.handle(.key(key)) } }
        func type(_ text: String) { for character in text { press(.character(character)) } }
        var screen: String { terminal.lastCanvas?.text() ?? "" }
        var state: DashboardState { runtime.state }
    }

    @Test("t takes the selected proposal with the version seen, then says so and reloads")
    func take() {
        let harness = Harness()
        let requests = harness.data.queueRequestCount
        harness.press(.character("t"))
        #expect(harness.desk.calls == [.take(1, 1)])
        #expect(harness.screen.contains("Usulan #1 diambil untuk ditinjau."))
        #expect(harness.data.queueRequestCount > requests)
    }

    @Test("a supervisor and a viewer are told why they cannot review", arguments: [Role.supervisor, .viewer])
    func roles(role: Role) {
        let harness = Harness(role: role)
        harness.press(.character("d"))
        #expect(harness.state.form == nil)
        #expect(harness.desk.calls.isEmpty)
        #expect(harness.screen.contains("tidak dapat menilai atau memutuskan usulan"))
        harness.press(.character("t"), .character("s"), .character("u"))
        #expect(harness.desk.calls.isEmpty)
    }

    @Test("scoring: digits set values, notes are typed in place, the weighted score shows live, Enter saves")
    func score() throws {
        let harness = Harness()
        harness.press(.character("s"))
        harness.type("4534")
        #expect(harness.screen.contains("Nilai tertimbang: 4,00"))
        harness.press(.enter)
        harness.type("Mudah ditiru")
        harness.press(.escape)
        harness.press(.character("4"))
        #expect(harness.screen.contains("disarankan DISETUJUI"))
        harness.type("Layak diuji coba.")
        harness.press(.enter)
        let call = try #require(harness.desk.calls.first)
        guard case .score(let score) = call else {
            Issue.record("expected a score, got \(call)")
            return
        }
        #expect(score.values == [.renewal: 4, .benefit: 5, .noUndueBurden: 3, .withinAuthority: 4, .replicable: 4])
        #expect(score.criterionNotes == [.replicable: "Mudah ditiru"])
        #expect(score.note == "Layak diuji coba.")
        #expect(score.reviewer == "rina.h")
        #expect(harness.state.form == nil)
    }

    @Test("an incomplete score is not saved, and a draft survives leaving the form")
    func draft() {
        let harness = Harness()
        harness.press(.character("s"))
        harness.type("52")
        harness.press(.up, .up, .up)
        harness.press(.enter)
        #expect(harness.screen.contains("Beri nilai 1–5 pada kelima kriteria"))
        harness.press(.escape)
        #expect(harness.state.form == nil)
        harness.press(.character("s"))
        guard case .score(let form) = harness.state.form else {
            Issue.record("the form did not reopen")
            return
        }
        #expect(form.values == [.renewal: 5, .benefit: 2])
        #expect(harness.desk.calls.isEmpty)
    }

    @Test("a reviewer cannot score a proposal of their own OPD")
    func ownAgency() {
        let harness = Harness(agencyID: 2)
        harness.press(.character("s"))
        #expect(harness.state.form == nil)
        #expect(harness.screen.contains("Anda tidak dapat menilai usulan dari OPD Anda sendiri."))
    }

    @Test("deciding: a rejection needs a note, then a confirmation with the title, then the decision")
    func decide() {
        let harness = Harness()
        harness.press(.character("d"), .character("3"), .enter)
        #expect(harness.screen.contains("Catatan wajib untuk revisi dan penolakan."))
        harness.press(.enter)
        harness.type("Bukan kewenangan daerah.")
        harness.press(.escape, .down, .enter)
        #expect(harness.screen.contains("Tolak usulan #1 “Usulan inovasi nomor 1”?"))
        #expect(harness.desk.calls.isEmpty)
        harness.press(.enter)
        #expect(harness.desk.calls == [.decide(.reject, 1, 1, "Bukan kewenangan daerah.")])
        #expect(harness.screen.contains("Usulan #1 ditolak."))
    }

    @Test("Esc in the confirmation goes back without deciding")
    func confirmationBack() {
        let harness = Harness()
        harness.press(.character("d"), .enter)
        #expect(harness.screen.contains("Setujui usulan #1"))
        harness.press(.escape)
        guard case .decision(let form) = harness.state.form else {
            Issue.record("the form closed")
            return
        }
        #expect(!form.isConfirming)
        harness.press(.escape)
        #expect(harness.state.form == nil)
        #expect(harness.desk.calls.isEmpty)
    }

    @Test("Space and v mark proposals; an admin assigns all marked ones to a reviewer at once")
    func bulkAssign() {
        let harness = Harness(role: .admin)
        harness.press(.character(" "), .character(" "))
        harness.press(.down, .down)
        harness.press(.character("v"))
        #expect(harness.state.queue.marks.count == 5)
        #expect(harness.screen.contains("5 ditandai"))
        harness.press(.character("a"))
        #expect(harness.screen.contains("budi.s — Budi Santoso"))
        harness.press(.enter)
        #expect(harness.screen.contains("#1 dipegang rina.h. Pindahkan ke budi.s?"))
        harness.press(.character("y"))
        #expect(harness.desk.calls == [.assign([1, 2, 3, 4, 5], "budi.s", [1: 1, 2: 1, 3: 1, 4: 1, 5: 1])])
        #expect(harness.state.queue.marks.isEmpty)
        #expect(harness.screen.contains("5 usulan ditugaskan ke budi.s."))
    }

    @Test("a reviewer who is not an admin cannot assign")
    func assignNeedsAdmin() {
        let harness = Harness(role: .reviewer)
        harness.press(.character("a"))
        #expect(harness.state.form == nil)
        #expect(harness.screen.contains("Hanya Admin yang dapat menugaskan penilai"))
    }

    @Test("u undoes the person's last action on the proposal")
    func undo() {
        let harness = Harness()
        harness.press(.character("u"))
        #expect(harness.desk.calls == [.undo(1)])
        #expect(harness.screen.contains("dibatalkan (tercatat di riwayat)"))
    }

    @Test("a refusal from the store shows who acted meanwhile, and the queue is read again")
    func refused() {
        let harness = Harness()
        harness.desk.refusal = "Usulan #1 sudah diubah oleh budi.s pada 10.42 (menyetujui)."
        let requests = harness.data.queueRequestCount
        harness.press(.character("d"), .enter, .enter)
        #expect(harness.screen.contains("sudah diubah oleh budi.s pada 10.42"))
        #expect(harness.data.queueRequestCount > requests)
    }

    @Test("the review keys work from the proposal's detail too")
    func fromDetail() {
        let harness = Harness()
        harness.press(.down, .enter)
        #expect(harness.screen.contains("Rancang bangun"))
        harness.press(.character("t"))
        #expect(harness.desk.calls == [.take(2, 2)])
    }

    @Test("f filters the queue by status; the title shows the filter; o changes the order")
    func filter() {
        let harness = Harness()
        harness.press(.character("f"), .right, .right, .enter)
        #expect(harness.state.queue.query.statuses == [.inReview])
        #expect(harness.state.queue.total == 10)
        #expect(harness.screen.contains("Ditinjau ·"))
        harness.press(.character("o"))
        #expect(harness.state.queue.query.sort == .score)
        harness.press(.character("O"))
        #expect(harness.state.queue.query.descending)
    }

    @Test("the read-only store refuses every change with a reason")
    func readOnly() {
        let harness = Harness()
        var state = harness.state
        state.context.isReadOnly = true
        var effects = DashboardReducer.reduce(into: &state, action: .takeRequested)
        effects += DashboardReducer.reduce(into: &state, action: .decisionRequested)
        #expect(effects.isEmpty)
        #expect(state.flash?.text(.id).contains("hanya-baca") == true)
    }
}

@Suite("Marking a range longer than the loaded window")
struct DashboardMarkRangeTests {
    @Test("v marks every row of the range, also those outside the window the screen has loaded")
    func longRange() {
        let harness = DashboardReviewTests.Harness(role: .admin)
        harness.data.queue = DashboardFixtures.queueItems(count: 400)
        harness.runtime.send(.dataVersionRead(99))
        harness.press(.character(" "))
        for _ in 0..<298 { harness.press(.down) }
        harness.press(.character("v"))
        #expect(harness.state.queue.marks.count == 300)
        #expect(harness.state.queue.marks[1] == 1)
        #expect(harness.state.queue.marks[300] == 1)
        #expect(harness.state.queue.marks[301] == nil)
    }
}
