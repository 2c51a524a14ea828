import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// A desk that records the calls and answers as the store would.
private final class RecordingInnovationDesk: InnovationDesk, @unchecked Sendable {
    var calls: [String] = []

    func advanceStage(_ id: Int64) throws -> Innovation {
        calls.append("advance \(id)")
        var innovation = DetailFixtures.innovation(id)
        innovation.stage = .implementation
        return innovation
    }

    func moveStageBack(_ id: Int64, to stage: Stage, note: String) throws -> Innovation {
        calls.append("back \(id) \(stage.rawValue) \(note)")
        var innovation = DetailFixtures.innovation(id)
        innovation.stage = stage
        return innovation
    }

    func setMain(_ id: Int64, _ isMain: Bool) throws -> Innovation {
        calls.append("main \(id) \(isMain)")
        var innovation = DetailFixtures.innovation(id)
        innovation.isMain = isMain
        return innovation
    }

    func addInnovation(_ innovation: Innovation) throws -> Innovation {
        calls.append("add \(innovation.title)")
        var saved = innovation
        saved.id = 99
        return saved
    }

    func editInnovation(_ innovation: Innovation) throws -> Innovation {
        calls.append("edit \(innovation.id) \(innovation.title)")
        return innovation
    }

    func resumeInnovation(_ id: Int64) throws -> Innovation {
        calls.append("resume \(id)")
        return DetailFixtures.innovation(id)
    }
}

/// `>` and `m` on the innovation under the cursor of an OPD's detail.
@Suite("Innovation keys in an OPD's detail")
struct InnovationKeysTests {
    func opened(role: Role? = .admin) -> DashboardState {
        var state = DashboardFixtures.state()
        state.context.role = role
        _ = DashboardReducer.reduce(into: &state, action: .agencyDetailLoaded(DetailFixtures.agency()))
        return state
    }

    @Test("> moves the selected innovation one stage on; m sets or clears the main flag")
    func keysMakeEffects() {
        var state = opened()
        #expect(state.topOverlay?.selectedItem == .innovation(1))
        #expect(DashboardReducer.reduce(into: &state, action: .stageAdvanceRequested) == [.advanceStage(1)])
        #expect(DashboardReducer.reduce(into: &state, action: .mainToggled) == [.setMain(1, false)])
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        #expect(DashboardReducer.reduce(into: &state, action: .mainToggled) == [.setMain(2, true)])
    }

    @Test("the keys are bound only in the OPD detail, and say why when they cannot act")
    func refusals() {
        let keyMap = KeyMap.standard
        #expect(keyMap.action(for: .character(">"), in: .agencyDetail) == .stageAdvanceRequested)
        #expect(keyMap.action(for: .character("m"), in: .agencyDetail) == .mainToggled)
        #expect(keyMap.action(for: .character(">"), in: .pane(.progress)) == nil)
        var viewer = opened(role: .viewer)
        #expect(DashboardReducer.reduce(into: &viewer, action: .stageAdvanceRequested).isEmpty)
        #expect(viewer.flash?.text(.en).contains("cannot move") == true)
        var reviewer = opened(role: .reviewer)
        #expect(DashboardReducer.reduce(into: &reviewer, action: .stageAdvanceRequested) == [.advanceStage(1)])
        #expect(DashboardReducer.reduce(into: &reviewer, action: .mainToggled).isEmpty)
        #expect(reviewer.flash?.text(.en).contains("Only an admin") == true)
        var onProposal = opened()
        for _ in 0..<2 { _ = DashboardReducer.reduce(into: &onProposal, action: .rowMoved(1)) }
        #expect(onProposal.topOverlay?.selectedItem == .proposal(42))
        #expect(DashboardReducer.reduce(into: &onProposal, action: .stageAdvanceRequested).isEmpty)
        #expect(onProposal.flash?.text(.id).contains("Pilih inovasi") == true)
    }

    @Test("through the runtime: the desk is called, the result flashes, and the detail and OPD table reload")
    func runtimeCallsDesk() {
        let desk = RecordingInnovationDesk()
        let terminal = MemoryTerminal(size: Size(width: 160, height: 48))
        let catalog = ThemeCatalog(folders: [])
        var state = DashboardFixtures.state()
        state.context.role = .admin
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(), innovations: desk, state: state,
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        runtime.send(.agencyDetailLoaded(DetailFixtures.agency()))
        runtime.handle(.key(.character(">")))
        #expect(desk.calls == ["advance 1"])
        #expect(runtime.state.flash?.text(.en) == "Innovation #1 is now at the Implementation stage.")
        // The reload replaced the detail with what the data source holds; `m` acts on what is selected now.
        guard case .innovation(let selected) = runtime.state.topOverlay?.selectedItem else {
            Issue.record("the cursor is on an innovation after the reload")
            return
        }
        runtime.handle(.key(.character("m")))
        #expect(desk.calls.count == 2)
        #expect(desk.calls.last?.hasPrefix("main \(selected) ") == true)
        #expect(terminal.lastCanvas?.text().contains("bukan lagi inovasi utama") == true)
    }

    @Test("a read-only dashboard refuses the innovation keys")
    func readOnly() {
        var state = opened()
        state.context.isReadOnly = true
        #expect(DashboardReducer.reduce(into: &state, action: .stageAdvanceRequested).isEmpty)
        #expect(state.flash?.isError == true)
    }

    @Test("< opens a form for an admin: the earlier stage and a required note, then the move back")
    func stageBackForm() {
        var state = opened()
        #expect(DashboardReducer.reduce(into: &state, action: .stageBackRequested).isEmpty)
        guard case .stageBack(let form) = state.form else {
            Issue.record("the stage-back form is open")
            return
        }
        #expect(form.stages == [.initiative])
        let labels = FormHints.hints(for: .stageBack(form)).items.map(\.label)
        #expect(labels.contains(ReviewText.submitHint) && !labels.contains(ReviewText.applyHint), "its own hints")
        #expect(DashboardReducer.reduce(into: &state, action: .form(.submit)).isEmpty, "no note: refused")
        #expect(state.form != nil)
        #expect(state.form?.model.focus == 1, "the refusal takes the focus to the note")
        for character in "salah input" { _ = DashboardReducer.reduce(into: &state, action: .form(.typed(character))) }
        let effects = DashboardReducer.reduce(into: &state, action: .form(.submit))
        #expect(effects == [.moveStageBack(1, to: .initiative, note: "salah input")])
        #expect(state.form == nil)
    }

    @Test("< is for admins only, and an innovation at inisiatif cannot go back")
    func stageBackRefusals() {
        var reviewer = opened(role: .reviewer)
        #expect(DashboardReducer.reduce(into: &reviewer, action: .stageBackRequested).isEmpty)
        #expect(reviewer.form == nil)
        #expect(reviewer.flash?.text(.en).contains("Only an admin can move a stage back") == true)
        var state = DashboardFixtures.state()
        state.context.role = .admin
        var detail = DetailFixtures.agency()
        detail.innovations[0].stage = .initiative
        _ = DashboardReducer.reduce(into: &state, action: .agencyDetailLoaded(detail))
        #expect(DashboardReducer.reduce(into: &state, action: .stageBackRequested).isEmpty)
        #expect(state.form == nil)
        #expect(state.flash?.text(.id).contains("tahap pertama") == true)
    }
}
