import InovasiCore

/// The queue filter form: each row cycles its choices; `Enter` applies.
enum FilterFormReducer {
    static func reduce(_ form: inout FilterForm, _ action: DashboardAction, _ state: inout DashboardState)
        -> [DashboardEffect]?
    {
        if form.isEditingAgency {
            switch action {
            case .formTyped(let character): form.query.agencyCode.append(contentsOf: character.uppercased())
            case .formErased: if !form.query.agencyCode.isEmpty { form.query.agencyCode.removeLast() }
            case .formTextFinished, .formCancelled: form.isEditingAgency = false
            default: return nil
            }
            return []
        }
        switch action {
        case .formMoved(let delta): form.row = (form.row + delta + FilterForm.rowCount) % FilterForm.rowCount
        case .formValueChanged(let delta): change(&form, by: delta)
        case .formEntered:
            if form.row == 1 {
                form.isEditingAgency = true
                return []
            }
            state.form = nil
            return QueueReducer.requery(&state.queue, form.query, QueueScope(state))
        case .formCancelled: state.form = nil
        case .formDigit, .formTyped, .formErased, .formTextFinished: break
        default: return nil
        }
        return []
    }

    static func change(_ form: inout FilterForm, by delta: Int) {
        var query = form.query
        switch form.row {
        case 0: query.statuses = cycle(FilterForm.statusChoices, query.statuses, delta)
        case 1: query.agencyCode = ""
        case 2: query.forms = cycle([[]] + InnovationForm.allCases.map { [$0] }, query.forms, delta)
        case 3: query.kinds = cycle([[]] + InnovationKind.allCases.map { [$0] }, query.kinds, delta)
        case 4: query.assignee = cycle(QueueQuery.Assignee.allCases, query.assignee, delta)
        case 5: query.overdueOnly.toggle()
        case 6: query.sort = cycle(QueueQuery.Sort.allCases, query.sort, delta)
        default: query.descending.toggle()
        }
        form.query = query
    }

    static func cycle<Value: Equatable>(_ choices: [Value], _ current: Value, _ delta: Int) -> Value {
        let index = choices.firstIndex(of: current) ?? 0
        return choices[(index + delta + choices.count * 2) % choices.count]
    }
}
