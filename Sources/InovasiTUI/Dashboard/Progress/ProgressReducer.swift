import InovasiCore

/// Moves, collapses, sorts and filters the OPD table.
enum ProgressReducer: FeatureReducer {
    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        let visible = DashboardLayout(state: state).visibleRows(.progress)
        if case .progressLoaded = action { state.markLoaded() }
        update(&state.progress, action, visible: visible)
        switch action {
        case .yearCycled: return cycleYear(&state)
        case .yearLoaded(let report):
            if report.year == state.progress.year { state.progress.yearFigures = report }
            return []
        case .progressLoaded:
            // The year's figures follow every reload of the table, whatever caused it.
            return state.progress.year.map { [.loadYear($0, timeZone: state.context.timeZone)] } ?? []
        default: return []
        }
    }

    /// How many years before this one `y` offers before coming back to all years.
    static let yearsBack = 2

    /// `y`: all years → this year (in the office's zone) → each year before, `yearsBack` of them →
    /// all years again. A year chosen is read at once; its figures replace the old ones when they come.
    static func cycleYear(_ state: inout DashboardState) -> [DashboardEffect] {
        let zone = state.context.timeZone
        let thisYear = ReportingYear.containing(state.now, in: zone)
        let next: ReportingYear? =
            switch state.progress.year {
            case nil: thisYear
            case let year?: year.value > (thisYear?.value ?? year.value) - yearsBack ? year.previous : nil
            }
        state.progress.year = next
        state.progress.yearFigures = nil
        return next.map { [.loadYear($0, timeZone: zone)] } ?? []
    }

    /// Applies a list, group, sort or load action to the table.
    static func update(_ pane: inout ProgressPaneState, _ action: DashboardAction, visible: Int) {
        switch action {
        case .rowMoved(let delta): select(&pane, pane.selected + delta, visible: visible)
        case .pageMoved(let pages): select(&pane, pane.selected + pages * visible, visible: visible)
        case .firstRowShown: select(&pane, 0, visible: visible)
        case .lastRowShown: select(&pane, pane.rows.count - 1, visible: visible)
        case .groupCollapsed: collapse(&pane, visible: visible)
        case .groupExpanded:
            if let row = pane.selectedRow, row.isCollapsed {
                pane.collapsed.remove(row.id)
                rebuild(&pane, visible: visible)
            }
        case .sortCycled:
            pane.sort = pane.sort.next
            rebuild(&pane, visible: visible)
        case .sortReversed:
            pane.descending.toggle()
            rebuild(&pane, visible: visible)
        case .progressLoaded(let rows):
            pane.all = rows
            pane.total = AgencyProgress.total(
                of: rows, as: Agency(id: 0, code: "", name: "", kind: .sekretariat))
            rebuild(&pane, visible: visible)
        default: break
        }
    }

    /// Sets the filter text and rebuilds the rows.
    static func filter(_ pane: inout ProgressPaneState, _ text: String, visible: Int) {
        pane.filter = text
        rebuild(&pane, visible: visible)
    }

    /// Rebuilds the visible rows, keeping the selected OPD selected when it is still shown.
    static func rebuild(_ pane: inout ProgressPaneState, visible: Int) {
        let keep = pane.selectedRow?.id
        pane.rows = ProgressRows.build(pane)
        let index = keep.flatMap { id in pane.rows.firstIndex { $0.id == id } } ?? pane.selected
        select(&pane, index, visible: visible)
    }

    static func select(_ pane: inout ProgressPaneState, _ index: Int, visible: Int) {
        pane.selected = max(0, min(index, pane.rows.count - 1))
        pane.scrollTop = Scrolling.offset(
            keeping: pane.selected, visible: visible, current: pane.scrollTop, total: pane.rows.count)
    }

    /// On a kelurahan, jumps to its kecamatan; on a kecamatan, hides its kelurahan.
    static func collapse(_ pane: inout ProgressPaneState, visible: Int) {
        guard let row = pane.selectedRow else { return }
        if row.depth == 1, let parent = row.progress.agency.parentID,
            let index = pane.rows.firstIndex(where: { $0.id == parent })
        {
            select(&pane, index, visible: visible)
        } else if row.childCount > 0, !row.isCollapsed {
            pane.collapsed.insert(row.id)
            rebuild(&pane, visible: visible)
        }
    }
}
