import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// The IID planner (`i`): the estimate worked out by hand, the scope, the what-if mode that moves the
/// index without writing anything, and its snapshots.
@Suite("IID planner")
struct IIDPlannerTests {
    func view(_ state: DashboardState) -> PlannerView? {
        if case .planner(let view) = state.topOverlay?.kind { return view }
        return nil
    }

    /// Moves the planner's cursor to the innovation `id`.
    func select(_ id: Int64, _ state: inout DashboardState) {
        for _ in 0..<60 where state.topOverlay?.selectedItem != .innovation(id) {
            _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        }
    }

    @Test("i reads the plan of the rules' year (the OPD's from its detail); without rules it says so")
    func opens() {
        var state = IIDFixtures.state()
        #expect(KeyMap.standard.action(for: .character("i"), in: .pane(.progress)) == .plannerRequested)
        #expect(KeyMap.standard.action(for: .character("i"), in: .agencyDetail) == .plannerRequested)
        #expect(
            DashboardReducer.reduce(into: &state, action: .plannerRequested) == [
                .loadPlanner(setup: IIDFixtures.setup, agencyID: nil)
            ])
        var detail = IIDFixtures.detailState()
        #expect(
            DashboardReducer.reduce(into: &detail, action: .plannerRequested) == [
                .loadPlanner(setup: IIDFixtures.setup, agencyID: 2)
            ])
        state.context.iid = nil
        #expect(DashboardReducer.reduce(into: &state, action: .plannerRequested).isEmpty)
        #expect(state.flash?.isError == true)
    }

    @Test("the estimate: SPD 8, maturity (8 + 3) : 2, number 2 × 10, total 33.5, index 33.50, 6.51 to Inovatif")
    func estimate() throws {
        let state = IIDFixtures.plannerState()
        let figures = PlannerFigures(try #require(view(state)))
        let estimate = try #require(figures.estimate)
        #expect(estimate.spd == 8)
        #expect(estimate.sent == 2)
        #expect(estimate.maturity.average == 5.5)
        #expect(estimate.maturity.divisor == 2)
        #expect(estimate.number == 20)
        #expect(estimate.total == 33.5)
        #expect(estimate.predicate?.name == "Kurang Inovatif")
        #expect(estimate.nextPredicate?.name == "Inovatif")
        #expect(abs((estimate.pointsToNext ?? 0) - 6.51) < 0.001)
        #expect(figures.rows.first { $0.id == 2 }?.missingMandatory.map(\.number) == ["17"])
        #expect(figures.rows.first { $0.id == 3 }?.sent == false)
        #expect(!figures.actions.isEmpty)
    }

    @Test("o narrows the actions and innovations to each OPD in turn, then the city again")
    func scope() {
        var state = IIDFixtures.plannerState()
        _ = DashboardReducer.reduce(into: &state, action: .plannerScopeCycled)
        #expect(view(state)?.agencyID == 2)
        _ = DashboardReducer.reduce(into: &state, action: .plannerScopeCycled)
        #expect(view(state)?.agencyID == 3)
        _ = DashboardReducer.reduce(into: &state, action: .plannerScopeCycled)
        #expect(view(state)?.agencyID == nil)
    }

    @Test("what-if: a level changed in the planner moves the index, marked unsaved; nothing is written; w discards")
    func whatIfWritesNothing() throws {
        var state = IIDFixtures.plannerState()
        select(2, &state)
        #expect(DashboardReducer.reduce(into: &state, action: .whatIfEditRequested).isEmpty)
        #expect(state.form == nil, "Enter outside the what-if mode only says to press w")
        #expect(DashboardReducer.reduce(into: &state, action: .whatIfToggled).isEmpty)
        select(2, &state)
        #expect(DashboardReducer.reduce(into: &state, action: .whatIfEditRequested).isEmpty)
        var effects: [DashboardEffect] = []
        for intent in [FormIntent.down, .typed("3"), .nextField, .submit] {
            effects += DashboardReducer.reduce(into: &state, action: .form(intent))
        }
        #expect(effects.isEmpty, "the what-if form writes nothing: \(effects)")
        #expect(state.form == nil)
        let changed = try #require(view(state))
        #expect(changed.whatIf == [2: ["17": 3]])
        #expect(PlannerFigures(changed).estimate?.total == 36.5)
        #expect(changed.cache.figures?.estimate?.total == 36.5, "the figures are kept, computed once per change")
        let lines = try #require(state.topOverlay?.document?.lines).map(\.plainText)
        #expect(lines.first?.contains("TIDAK DISIMPAN") == true)
        #expect(DashboardReducer.reduce(into: &state, action: .whatIfToggled).isEmpty)
        #expect(view(state)?.whatIf.isEmpty == true)
        #expect(PlannerFigures(try #require(view(state))).estimate?.total == 33.5)
        #expect(view(state)?.cache.figures?.estimate?.total == 33.5)
    }

    @Test("a reload keeps the scope and the what-if levels")
    func reloadKeeps() {
        var state = IIDFixtures.plannerState()
        _ = DashboardReducer.reduce(into: &state, action: .plannerScopeCycled)
        _ = DashboardReducer.reduce(into: &state, action: .whatIfToggled)
        PlannerReducer.update(&state) { view, _ in view.whatIf = [2: ["17": 3]] }
        #expect(DataReducer.reloadAfterChange(&state).contains(.loadPlanner(setup: IIDFixtures.setup, agencyID: 2)))
        _ = DashboardReducer.reduce(into: &state, action: .plannerLoaded(IIDPlanData(IIDFixtures.input), agencyID: nil))
        #expect(view(state)?.agencyID == 2)
        #expect(view(state)?.whatIf == [2: ["17": 3]])
    }

    @Test(
        "the planner drawn, and in what-if mode",
        arguments: [Size(width: 80, height: 24), Size(width: 160, height: 48)], Language.allCases)
    func snapshots(size: Size, language: Language) {
        var state = IIDFixtures.plannerState(width: size.width, height: size.height, language: language)
        let theme = ResolvedTheme(.builtIn, depth: .none)
        assertSnapshot(
            DashboardView.render(state, theme: theme),
            named: "iid-planner-\(size.width)x\(size.height)-\(language.rawValue)")
        _ = DashboardReducer.reduce(into: &state, action: .whatIfToggled)
        PlannerReducer.update(&state) { view, _ in view.whatIf = [2: ["17": 3]] }
        _ = DashboardReducer.reduce(into: &state, action: .redrawRequested)
        assertSnapshot(
            DashboardView.render(state, theme: theme),
            named: "iid-planner-whatif-\(size.width)x\(size.height)-\(language.rawValue)")
    }
}
