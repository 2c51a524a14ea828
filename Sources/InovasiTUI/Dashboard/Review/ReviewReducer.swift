import InovasiCore

/// Review triage from the queue or a proposal's detail: marks, take, assign, score, decide, undo,
/// filter and sort; and what the store answered.
enum ReviewReducer: FeatureReducer {
    /// The proposal an action applies to: the open detail's, else the queue's selected row.
    struct Target {
        var id: Int64
        var version: Int64
        var title: String
        var agencyID: Int64
        /// The reviewer holding it, if anyone: only they (or an admin) decide it.
        var holder: String?
    }

    static func reduce(into state: inout DashboardState, action: DashboardAction) -> [DashboardEffect] {
        switch action {
        case .markToggled: return toggleMark(&state)
        case .rangeMarked: return markRange(&state)
        case .takeRequested: return mayReview(&state) && mayHold(&state) ? take(&state) : []
        case .assignRequested, .unassignRequested: return assign(&state, unassign: action == .unassignRequested)
        case .scoreRequested: return mayReview(&state) ? openScore(&state) : []
        case .decisionRequested:
            guard mayReview(&state) else { return [] }
            return actsOnMarks(state) ? openBatchDecision(&state) : openDecision(&state)
        case .undoRequested: return mayReview(&state) ? undo(&state) : []
        case .undoPreviewed(let id, let entry): return undoPreviewed(&state, id, entry)
        case .reviewBatchDone(let ids):
            state.queue.lastBatch = ids
            return []
        case .filterFormOpened:
            guard state.overlays.isEmpty, state.focus == .queue else { return [] }
            state.form = .filter(FilterForm(query: state.queue.query))
            return []
        case .queueSortCycled, .queueSortReversed: return sort(&state, reverse: action == .queueSortReversed)
        case .reviewSaved(let message):
            state.queue.marks = [:]
            state.queue.lastBatch = []
            state.showFlash(message)
            return DataReducer.reloadAfterChange(&state)
        case .reviewRefused(let message):
            state.showFlash(message, isError: true)
            return DataReducer.reloadAfterChange(&state)
        case .queueRangeRead(let items):
            for item in items {
                state.queue.marks[item.id] = item.version
                noteHolder(&state, item)
            }
            return []
        default: return []
        }
    }

    static func target(_ state: DashboardState) -> Target? {
        if case .proposal(let detail) = state.topOverlay?.kind {
            let proposal = detail.proposal
            return Target(
                id: proposal.id, version: proposal.version, title: proposal.title, agencyID: proposal.agencyID,
                holder: detail.assignee)
        }
        guard state.overlays.isEmpty, state.focus == .queue, let item = state.queue.item(at: state.queue.selected)
        else { return nil }
        return Target(
            id: item.id, version: item.version, title: item.title, agencyID: item.agencyID, holder: item.assignee)
    }

    /// The proposals a bulk action applies to: the marked ones, else the target.
    static func targets(_ state: DashboardState) -> [Int64: Int64] {
        if state.overlays.isEmpty, !state.queue.marks.isEmpty { return state.queue.marks }
        return target(state).map { [$0.id: $0.version] } ?? [:]
    }

    /// Whether the person may change anything; says why not when they may not.
    static func mayReview(_ state: inout DashboardState) -> Bool {
        if state.context.isReadOnly {
            state.showFlash(ReviewText.readOnly, isError: true)
            return false
        }
        guard state.context.role?.canReview == true else {
            state.showFlash(ReviewText.roleCannotReview(state.context.role), isError: true)
            return false
        }
        return true
    }

    static func requireTarget(_ state: inout DashboardState) -> Target? {
        guard let target = target(state) else {
            state.showFlash(ReviewText.noProposal, isError: true)
            return nil
        }
        return target
    }

    static func take(_ state: inout DashboardState) -> [DashboardEffect] {
        let chosen = targets(state)
        guard !chosen.isEmpty else {
            _ = requireTarget(&state)
            return []
        }
        return [.take(chosen)]
    }

    static func assign(_ state: inout DashboardState, unassign: Bool) -> [DashboardEffect] {
        guard mayReview(&state) else { return [] }
        guard state.context.role?.may(unassign ? .unassign : .assign) == true else {
            state.showFlash(ReviewText.roleNotAdmin(state.context.role), isError: true)
            return []
        }
        let chosen = targets(state)
        guard !chosen.isEmpty else {
            _ = requireTarget(&state)
            return []
        }
        if unassign { return [.unassign(chosen)] }
        var form = AssignForm(targets: chosen)
        form.holders = holders(state, chosen)
        state.form = .assign(form)
        return [.loadReviewers]
    }

    static func openScore(_ state: inout DashboardState) -> [DashboardEffect] {
        guard let target = requireTarget(&state) else { return [] }
        if let own = state.context.userAgencyID, own == target.agencyID {
            state.showFlash(ReviewText.ownAgency, isError: true)
            return []
        }
        if let draft = state.scoreDrafts[target.id] {
            state.form = .score(draft)
            return []
        }
        state.form = .score(ScoreForm(proposalID: target.id, title: target.title))
        return [.loadOwnScore(target.id)]
    }

    static func openDecision(_ state: inout DashboardState) -> [DashboardEffect] {
        guard let target = requireTarget(&state), mayDecide(&state, target) else { return [] }
        state.form = .decision(DecisionForm(proposalID: target.id, title: target.title, version: target.version))
        return []
    }

    static func toggleMark(_ state: inout DashboardState) -> [DashboardEffect] {
        guard state.overlays.isEmpty, state.focus == .queue, let item = state.queue.item(at: state.queue.selected)
        else { return [] }
        if state.queue.marks[item.id] == nil {
            state.queue.marks[item.id] = item.version
            noteHolder(&state, item)
        } else {
            state.queue.marks[item.id] = nil
        }
        state.queue.markAnchor = state.queue.selected
        return QueueReducer.select(&state.queue, state.queue.selected + 1, QueueScope(state))
    }

    /// `v`: marks every row from the last mark to the cursor, read from the store so a range longer
    /// than the loaded window is marked whole.
    static func markRange(_ state: inout DashboardState) -> [DashboardEffect] {
        guard state.overlays.isEmpty, state.focus == .queue, state.queue.total > 0 else { return [] }
        let anchor = state.queue.markAnchor ?? state.queue.selected
        state.queue.markAnchor = state.queue.selected
        let from = min(anchor, state.queue.selected)
        let to = max(anchor, state.queue.selected)
        return [.markQueueRange(QueueScope(state).request(state.queue.query, offset: from, limit: to - from + 1))]
    }

    static func sort(_ state: inout DashboardState, reverse: Bool) -> [DashboardEffect] {
        guard state.overlays.isEmpty, state.focus == .queue else { return [] }
        var query = state.queue.query
        if reverse {
            query.descending.toggle()
        } else {
            let all = QueueQuery.Sort.allCases
            query.sort = all[((all.firstIndex(of: query.sort) ?? 0) + 1) % all.count]
        }
        return QueueReducer.requery(&state.queue, query, QueueScope(state))
    }
}
