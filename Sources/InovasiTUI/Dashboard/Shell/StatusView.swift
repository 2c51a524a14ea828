import InovasiCore

/// The bottom line: the search prompt while typing, else key hints for the focused pane, a flash
/// message, a warning when the data file cannot be read, and "data as of".
enum StatusView {
    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        let language = state.language
        if let prompt = state.prompt {
            canvas.fill(area, style: theme.style(.input))
            let label = DashboardText.searchPrompt.text(language) + ": /"
            let used = canvas.put(label, x: area.x, y: area.y, style: theme.style(.input).adding(.bold))
            let typed = canvas.put(
                prompt.text, x: area.x + used, y: area.y, maxWidth: area.width - used - 1, style: theme.style(.input))
            canvas.cursor = Position(x: area.x + used + typed, y: area.y)
            return
        }
        StatusLine(hints: hints(state), flash: flash(state)).render(into: &canvas, area: area, theme: theme)
        if let asOf = state.loadedAt {
            let zone = state.context.timeZone
            let text = " \(DashboardText.dataAsOf.text(language)) \(DateText.time(asOf, in: zone, language)) "
            let width = DisplayWidth.of(text)
            if state.flash == nil, state.loadProblem == nil, state.fileProblem == nil, area.width > width + 40 {
                canvas.put(text, x: area.maxX - width, y: area.y, style: theme.style(.statusLine))
            }
        }
    }

    static func flash(_ state: DashboardState) -> StatusLine.Flash? {
        if let status = state.fileProblem {
            let asOf = state.loadedAt.map { DateText.time($0, in: state.context.timeZone, state.language) } ?? "–"
            return StatusLine.Flash(DataFileText.warning(status, asOf: asOf).text(state.language), role: .error)
        }
        if let problem = state.loadProblem {
            return StatusLine.Flash(
                DashboardText.unreadable(problem.text(state.language)).text(state.language), role: .error)
        }
        return state.flash.map { StatusLine.Flash($0.text(state.language), role: $0.isError ? .error : .flash) }
    }

    /// The most useful bindings of the current context, in the order of ``hintActions``.
    static func hints(_ state: DashboardState) -> [StatusLine.Hint] {
        let language = state.language
        let context = KeyMap.context(of: state)
        let bindings = state.context.keyMap.bindings(in: context)
        return hintActions(context).compactMap { action in
            bindings.first { $0.action == action }.map { binding in
                let keys = binding.keys.prefix(2).map { KeyNames.name($0, language) }.joined(separator: "/")
                let label = ReviewReducer.hintLabel(action, binding.help, state)
                return StatusLine.Hint(key: keys, label: label.text(language))
            }
        }
    }

    /// What a person most needs to know in each context, most important first.
    static func hintActions(_ context: KeyContext) -> [DashboardAction] {
        switch context {
        case .pane(let pane):
            pane.feature.hintActions
        case .calendar(let view):
            CalendarPane.viewHints(view)
        case .overlay:
            [.rowMoved(1), .pageMoved(1), .searchStarted, .nextMatchShown, .closed, .quitRequested]
        case .agencyDetail:
            [
                .rowMoved(1), .opened, .iidChecklistRequested, .stageAdvanceRequested, .mainToggled,
                .innovationAddRequested, .innovationEditRequested, .plannerRequested, .recordTrailRequested, .closed,
                .quitRequested,
            ]
        case .admin:
            [.rowMoved(1), .adminOpened, .adminAddRequested, .adminEditRequested, .adminActiveToggled, .closed]
        case .audit:
            [.rowMoved(1), .auditEntryOpened, .auditPageMoved(1), .auditPageMoved(-1), .auditFilterRequested, .closed]
        case .planner:
            [.rowMoved(1), .whatIfToggled, .whatIfEditRequested, .plannerScopeCycled, .closed]
        case .help:
            [.rowMoved(1), .pageMoved(1), .closed, .quitRequested]
        case .prompt:
            [.searchCommitted, .searchCancelled]
        case .kiosk, .form, .textInput:
            []
        case .proposalDetail:
            [
                .takeRequested, .scoreRequested, .decisionRequested, .undoRequested, .rowMoved(1), .closed,
                .proposalEditRequested,
            ]
        }
    }
}
