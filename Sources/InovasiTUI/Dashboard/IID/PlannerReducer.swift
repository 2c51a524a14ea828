import InovasiCore

/// The IID planner (`i`): reads the plan's input, shows the estimate, the ranked actions and the
/// innovations (the city's, or one OPD's with `o` or when opened from an OPD's detail), and runs the
/// what-if mode (`w`), whose changes live only in the overlay: nothing is ever written from here.
enum PlannerReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .plannerRequested:
            guard let setup = IIDChecklistReducer.rules(&state) else { return [] }
            var agencyID: Int64?
            if case .agency(let detail) = state.topOverlay?.kind { agencyID = detail.agency.id }
            if case .planner(let view) = state.topOverlay?.kind { agencyID = view.agencyID }
            return [.loadPlanner(setup: setup, agencyID: agencyID)]
        case .plannerLoaded(let data, let agencyID):
            guard let setup = state.context.iid else { return [] }
            if let index = state.overlays.firstIndex(where: { $0.kind.identity == "planner" }),
                case .planner(var view) = state.overlays[index].kind
            {
                view.data = data
                view.setup = setup
                view.refresh()
                state.overlays[index].kind = .planner(view)
                return []
            }
            return OverlayReducer.show(.planner(PlannerView(setup: setup, data: data, agencyID: agencyID)), &state)
        case .plannerScopeCycled:
            update(&state) { view, _ in
                let ids = view.agencies.map(\.id)
                let next = view.agencyID.flatMap { ids.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
                view.agencyID = ids.indices.contains(next) ? ids[next] : nil
            }
            return []
        case .whatIfToggled:
            update(&state) { view, state in
                view.isWhatIf.toggle()
                if !view.isWhatIf { view.whatIf = [:] }
                state.showFlash(view.isWhatIf ? PlannerText.whatIfStarted : PlannerText.whatIfDiscarded)
            }
            return []
        case .whatIfEditRequested:
            guard case .planner(let view) = state.topOverlay?.kind else { return [] }
            guard view.isWhatIf else {
                state.showFlash(PlannerText.whatIfFirst, isError: true)
                return []
            }
            guard case .innovation(let id) = state.topOverlay?.selectedItem,
                let facts = view.input.innovations.first(where: { $0.id == id })
            else {
                state.showFlash(PlannerText.pickInnovation, isError: true)
                return []
            }
            state.form = .iidChecklist(whatIfForm(facts, view))
            return []
        default:
            return []
        }
    }

    /// The what-if grid of `facts`: its levels as the view has them now, evidence assumed.
    static func whatIfForm(_ facts: IIDInnovationFacts, _ view: PlannerView) -> IIDChecklistForm {
        let rules = view.setup.rules
        let records = rules.sid.filter { !$0.fromEnactment }.map { indicator in
            IIDEvidence(
                year: rules.year, innovationID: facts.id, indicator: indicator.number,
                level: facts.answers[indicator.number]?.level ?? 0)
        }
        let regulasi = rules.sid.first(where: \.fromEnactment).flatMap { facts.answers[$0.number]?.level } ?? 0
        return IIDChecklistForm(
            innovationID: facts.id, title: facts.title, setup: view.setup, records: records, enactment: (regulasi, ""),
            isWhatIf: true)
    }

    /// Puts the what-if grid's changed levels into the planner's copy; nothing is written.
    static func applyWhatIf(_ form: IIDChecklistForm, _ state: inout DashboardState) {
        update(&state) { view, _ in
            var levels = view.whatIf[form.innovationID] ?? [:]
            let stored = view.data.input.innovations.first { $0.id == form.innovationID }?.answers ?? [:]
            for (indicator, level) in form.whatIfLevels {
                let before = stored[indicator]
                let same = level == (before?.level ?? 0) && (before?.hasEvidence ?? (level == 0))
                levels[indicator] = same ? nil : level
            }
            view.whatIf[form.innovationID] = levels.isEmpty ? nil : levels
        }
    }

    /// Changes the planner on top (and nothing when it is not on top).
    static func update(_ state: inout DashboardState, _ change: (inout PlannerView, inout DashboardState) -> Void) {
        guard let top = state.overlays.indices.last, case .planner(var view) = state.overlays[top].kind else { return }
        change(&view, &state)
        view.refresh()
        state.overlays[top].kind = .planner(view)
    }
}
