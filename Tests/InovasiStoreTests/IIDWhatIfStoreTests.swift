import Foundation
import InovasiApp
import InovasiCore
import InovasiStore
import Testing

@testable import InovasiTUI

/// The planner's what-if on a real store through the dashboard's own effects and the store
/// adapter: the index moves, and no other connection sees a commit; the checklist's save does.
@Suite("IID what-if and checklist on a store")
struct IIDWhatIfStoreTests {
    static let zone = TimeZone(identifier: "Asia/Jakarta") ?? .gmt

    /// A complete small year (every section the estimate needs), the window around the fixture's days.
    static let rules = IIDRules(
        year: 2026, maxTotal: 100, divisor: IIDDivisorRule(minimum: 1),
        numberScore: IIDNumberRule(perInnovation: 1, cap: 200),
        basicServiceAffairs: IIDAffairsRule(affairs: ["kesehatan"]),
        predicates: IIDPredicateRule(bands: [IIDPredicateBand(name: "Inovatif", from: 0.01)]),
        window: IIDWindow(
            from: CalendarDay(containing: Fixture.now.addingTimeInterval(-400 * Fixture.day), in: zone),
            to: CalendarDay(containing: Fixture.now, in: zone)),
        spd: [IIDIndicator(number: "1", name: "Visi", weight: 1)],
        sid: [
            IIDIndicator(number: "16", name: "Regulasi", weight: 3, mandatory: true, fromEnactment: true),
            IIDIndicator(number: "17", name: "SDM", weight: 2, mandatory: true),
        ])

    /// Runs `effects` and the actions they give until nothing is left; returns every effect run.
    @discardableResult
    func run(_ effects: [DashboardEffect], _ runner: DashboardEffectRunner, _ state: inout DashboardState)
        -> [DashboardEffect]
    {
        var ran = effects
        var pending = effects.flatMap { runner.run($0) }
        while !pending.isEmpty {
            let next = DashboardReducer.reduce(into: &state, action: pending.removeFirst())
            ran += next
            pending += next.flatMap { runner.run($0) }
        }
        return ran
    }

    @discardableResult
    func send(_ action: DashboardAction, _ runner: DashboardEffectRunner, _ state: inout DashboardState)
        -> [DashboardEffect]
    {
        run(DashboardReducer.reduce(into: &state, action: action), runner, &state)
    }

    @Test("a what-if level moves the index and writes nothing; a saved checklist row does write")
    func whatIfWritesNothing() throws {
        let fixture = try Fixture()
        let innovation = try fixture.store.addInnovation(
            Fixture.innovation("Antar Obat", agency: fixture.dinkes, stage: .implementation), by: Fixture.admin,
            now: Fixture.now)
        let watcher = try Store.open(at: fixture.path, mode: .readOnly)
        let source = StoreDashboardSource(store: fixture.store, actor: Fixture.admin, zone: Self.zone)
        let runner = DashboardEffectRunner(data: source, desk: nil, innovations: nil, iid: source)
        var context = DashboardContext(
            cityName: "Kota Cilegon", userName: Fixture.admin, role: .admin, dataPath: fixture.path, isDemo: false,
            isReadOnly: false, timeZone: Self.zone, overdueDays: 14)
        context.iid = IIDSetup(rules: Self.rules)
        var state = DashboardState(
            context: context, language: .en, size: Size(width: 160, height: 48), now: Fixture.now, themeName: "default")
        let version = try watcher.dataVersion()

        send(.plannerRequested, runner, &state)
        guard case .planner(let opened) = state.topOverlay?.kind else {
            Issue.record("the planner opens: \(String(describing: state.topOverlay?.kind))")
            return
        }
        let before = try #require(PlannerFigures(opened).estimate?.index)
        send(.whatIfToggled, runner, &state)
        #expect(state.topOverlay?.selectedItem == .innovation(innovation.id))
        var effects = send(.whatIfEditRequested, runner, &state)
        for intent in [FormIntent.down, .typed("3"), .nextField, .submit] {
            effects += send(.form(intent), runner, &state)
        }
        #expect(effects.isEmpty, "the what-if asks the store for nothing: \(effects)")
        guard case .planner(let changed) = state.topOverlay?.kind else {
            Issue.record("the planner stays open")
            return
        }
        #expect(try #require(PlannerFigures(changed).estimate?.index) > before)
        #expect(try watcher.dataVersion() == version, "nothing was written")

        send(.whatIfToggled, runner, &state)
        state.overlays = []
        _ = DashboardReducer.reduce(into: &state, action: .agencyDetailLoaded(try agencyDetail(fixture, innovation)))
        send(.iidChecklistRequested, runner, &state)
        for intent in [FormIntent.down, .typed("1"), .up, .submit, .typed("x"), .submit, .submit, .nextField, .submit] {
            send(.form(intent), runner, &state)
        }
        #expect(state.form == nil, "saved: \(String(describing: state.flash))")
        #expect(try watcher.dataVersion() != version, "the checklist's save is a commit")
        #expect(try fixture.store.iidEvidence(year: 2026, innovationID: innovation.id).map(\.level) == [1])
    }

    func agencyDetail(_ fixture: Fixture, _ innovation: Innovation) throws -> AgencyDetail {
        AgencyDetail(
            agency: fixture.dinkes, innovations: [innovation], proposals: [], divisions: [], divisionsWithMain: [],
            sessions: [])
    }
}
