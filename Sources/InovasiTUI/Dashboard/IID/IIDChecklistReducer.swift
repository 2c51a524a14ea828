import InovasiCore

/// The IID checklist of the innovation under the cursor of an OPD's detail (`b`): reads its records,
/// opens ``IIDChecklistForm``, and on saving sends only the changed rows to the store, keeping the
/// form open until the store answers so a refusal is shown in it.
enum IIDChecklistReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .iidChecklistRequested:
            guard let innovation = InnovationReducer.selected(&state), let setup = rules(&state) else { return [] }
            guard InnovationReducer.may(&state, true, or: ReviewText.readOnly) else { return [] }
            return [.loadIIDChecklist(year: setup.year, innovationID: innovation.id)]
        case .iidChecklistLoaded(let id, let records):
            guard let setup = state.context.iid, case .agency(let detail) = state.topOverlay?.kind,
                let innovation = detail.innovations.first(where: { $0.id == id })
            else { return [] }
            state.form = .iidChecklist(
                IIDChecklistForm(
                    innovationID: id, title: innovation.title, setup: setup, records: records,
                    enactment: enactment(innovation, state)))
            return []
        case .iidEvidenceSaved(let message):
            if case .iidChecklist = state.form { state.form = nil }
            state.showFlash(message)
            return DataReducer.reloadAfterChange(&state)
        case .iidEvidenceRefused(let message):
            if case .iidChecklist(var form) = state.form {
                form.form.addError(message, field: nil)
                state.form = .iidChecklist(form)
            }
            state.showFlash(message, isError: true)
            return DataReducer.reloadAfterChange(&state)
        default:
            return []
        }
    }

    /// A key's intent on the open checklist: saving sends the changed rows (or, in what-if mode,
    /// changes the planner's copy); closing with changes asks first (the kit's `Esc` rule).
    static func edit(_ form: IIDChecklistForm, _ intent: FormIntent, _ state: inout DashboardState)
        -> [DashboardEffect]
    {
        var form = form
        let outcome = FormReducer.reduce(&form.form, intent, check: form.issues)
        state.form = .iidChecklist(form)
        switch outcome {
        case .stay:
            return []
        case .close:
            state.form = nil
            return []
        case .submit:
            if form.isWhatIf {
                state.form = nil
                PlannerReducer.applyWhatIf(form, &state)
                return []
            }
            let changed = form.changedRecords(year: form.setup.year)
            guard !changed.isEmpty else {
                state.form = nil
                state.showFlash(ChecklistText.nothingChanged)
                return []
            }
            let stamped = changed.map { record in
                var record = record
                record.enteredBy = state.context.userName
                record.enteredAt = state.now
                return record
            }
            return [.saveIIDEvidence(stamped, setup: form.setup, title: form.title)]
        }
    }

    /// The year's rules, or a flash saying there are none.
    static func rules(_ state: inout DashboardState) -> IIDSetup? {
        guard let setup = state.context.iid else {
            state.showFlash(ChecklistText.noRules, isError: true)
            return nil
        }
        return setup
    }

    /// The regulasi row: the level the penetapan earns and its kind, number and day.
    static func enactment(_ innovation: Innovation, _ state: DashboardState) -> (Int, String) {
        guard let enactment = innovation.profile.enactment else { return (0, "") }
        let day = DateText.medium(enactment.on, in: state.context.timeZone, state.language)
        return (
            IIDScore.level(of: enactment.kind),
            "\(enactment.kind.label.text(state.language)) \(enactment.number), \(day)"
        )
    }
}
