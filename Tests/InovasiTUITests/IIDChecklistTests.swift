import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// The IID checklist of an innovation in an OPD's detail (`b`): the rows of the year's rules, the
/// live SID score and missing evidence, saving only the changed rows, regulasi locked, `Esc` asking.
@Suite("IID checklist form")
struct IIDChecklistTests {
    /// The checklist of innovation 1 opened with `records` read from the store.
    func opened(_ records: [IIDEvidence] = [], width: Int = 160, height: Int = 48, language: Language = .id)
        -> DashboardState
    {
        var state = IIDFixtures.detailState(width: width, height: height, language: language)
        _ = DashboardReducer.reduce(into: &state, action: .iidChecklistRequested)
        _ = DashboardReducer.reduce(into: &state, action: .iidChecklistLoaded(innovationID: 1, records))
        return state
    }

    func form(_ state: DashboardState) -> IIDChecklistForm? {
        if case .iidChecklist(let form) = state.form { return form }
        return nil
    }

    func send(_ intents: [FormIntent], _ state: inout DashboardState) -> [DashboardEffect] {
        intents.flatMap { DashboardReducer.reduce(into: &state, action: .form($0)) }
    }

    func type(_ text: String) -> [FormIntent] { text.map { .typed($0) } }

    static let sdm = IIDEvidence(year: 2026, innovationID: 1, indicator: "17", level: 1, document: "sk-tim.pdf")

    @Test("b on an innovation reads its records; the form has one row per SID indicator, regulasi locked")
    func opens() throws {
        var state = IIDFixtures.detailState()
        #expect(KeyMap.standard.action(for: .character("b"), in: .agencyDetail) == .iidChecklistRequested)
        #expect(
            DashboardReducer.reduce(into: &state, action: .iidChecklistRequested) == [
                .loadIIDChecklist(year: 2026, innovationID: 1)
            ])
        _ = DashboardReducer.reduce(into: &state, action: .iidChecklistLoaded(innovationID: 1, [Self.sdm]))
        let checklist = try #require(form(state))
        let grid = try #require(checklist.grid)
        #expect(grid.rows.map { $0.text(.id) }.first == "16 Regulasi Inovasi Daerah ×3")
        #expect(grid.rows.count == 4)
        #expect(grid.lockedRows == [0])
        #expect(grid.picks == [2, 1, 0, 0])
        #expect(grid.notes[1] == "sk-tim.pdf")
        #expect(checklist.score == 8)
        #expect(checklist.missingMandatory.isEmpty)
    }

    @Test("without the year's rules, b says so and reads nothing")
    func noRules() {
        var state = IIDFixtures.detailState()
        state.context.iid = nil
        #expect(DashboardReducer.reduce(into: &state, action: .iidChecklistRequested).isEmpty)
        #expect(state.flash?.isError == true)
    }

    @Test("levels change the score live; regulasi does not move; a level needs its evidence to score")
    func liveScore() throws {
        var state = opened([Self.sdm])
        _ = send([.right], &state)
        #expect(form(state)?.grid?.picks[0] == 2)
        _ = send([.down, .typed("3")], &state)
        #expect(form(state)?.score == 12)
        _ = send([.typed("2")], &state)
        #expect(form(state)?.grid?.picks[2] == 2)
        #expect(form(state)?.score == 12, "a level without evidence scores nothing")
        _ = send([.up, .submit] + type("anggaran.pdf") + [.submit] + type("DPA 2026") + [.submit], &state)
        #expect(form(state)?.grid?.notes[2] == "anggaran.pdf")
        #expect(form(state)?.grid?.secondNotes[2] == "DPA 2026")
        #expect(form(state)?.score == 16)
    }

    @Test("saving sends the changed rows only, stamped with who and when, and keeps the form until the store answers")
    func savesChangedRows() throws {
        var state = opened([Self.sdm])
        _ = send([.down, .down, .typed("2"), .up, .submit] + type("anggaran.pdf") + [.submit, .submit], &state)
        let effects = send([.nextField, .submit], &state)
        guard case .saveIIDEvidence(let records, let setup, _) = effects.first else {
            Issue.record("saving sends the records: \(effects)")
            return
        }
        #expect(setup == IIDFixtures.setup)
        #expect(records.map(\.indicator) == ["18"])
        #expect(records.first?.level == 2)
        #expect(records.first?.document == "anggaran.pdf")
        #expect(records.first?.enteredBy == state.context.userName)
        #expect(form(state) != nil)
        let refusal = Localized(verbatim: "ditolak")
        _ = DashboardReducer.reduce(into: &state, action: .iidEvidenceRefused(refusal))
        #expect(form(state)?.form.errors.map(\.message) == [refusal])
        _ = DashboardReducer.reduce(into: &state, action: .iidEvidenceSaved(Localized(verbatim: "ok")))
        #expect(state.form == nil)
    }

    @Test("a level without a document asks before saving; nothing changed saves nothing")
    func warnsAndSkips() {
        var state = opened([Self.sdm])
        #expect(send([.nextField, .submit], &state).isEmpty)
        #expect(state.form == nil)
        #expect(state.flash?.text(.en) == "Nothing changed")
        state = opened([Self.sdm])
        _ = send([.down, .down, .typed("2")], &state)
        #expect(send([.nextField, .submit], &state).isEmpty)
        guard case .save(let warnings, _) = form(state)?.form.question else {
            Issue.record("a level without evidence asks first")
            return
        }
        #expect(warnings.first?.message.text(.en).contains("18") == true)
        guard case .saveIIDEvidence(let records, _, _) = send([.submit], &state).first else {
            Issue.record("yes saves")
            return
        }
        #expect(records.map(\.indicator) == ["18"])
    }

    @Test("Esc with changes asks before losing them; without changes it closes at once")
    func escapeAsks() {
        var state = opened()
        _ = send([.escape], &state)
        #expect(state.form == nil)
        state = opened()
        _ = send([.down, .typed("1"), .escape], &state)
        #expect(form(state)?.form.question == .discard)
        _ = send([.deny], &state)
        #expect(form(state) != nil)
        _ = send([.escape, .confirm], &state)
        #expect(state.form == nil)
    }

    @Test(
        "the checklist drawn with its live score and missing evidence",
        arguments: [Size(width: 80, height: 24), Size(width: 160, height: 48)], Language.allCases)
    func snapshots(size: Size, language: Language) {
        var state = opened([Self.sdm], width: size.width, height: size.height, language: language)
        _ = send([.down, .down, .typed("2"), .up, .submit] + type("anggaran.pdf"), &state)
        let theme = ResolvedTheme(.builtIn, depth: .none)
        assertSnapshot(
            DashboardView.render(state, theme: theme),
            named: "iid-checklist-\(size.width)x\(size.height)-\(language.rawValue)")
    }
}
