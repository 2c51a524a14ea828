import InovasiCore

/// The keys that act on several proposals: what their hints say, the decision for all marked, the
/// holders a reassignment would move from, and the batch `u` undoes right after.
extension ReviewReducer {
    /// Keys that act on every marked proposal (else on the cursor row).
    static let bulkActions: [DashboardAction] = [
        .takeRequested, .assignRequested, .unassignRequested, .decisionRequested,
    ]

    /// The hint of `action` with how many proposals it acts on: "ambil 5 tertanda"; the batch `u`
    /// undoes; "(baris kursor)" on scoring while rows are marked.
    static func hintLabel(_ action: DashboardAction, _ label: Localized, _ state: DashboardState) -> Localized {
        guard state.overlays.isEmpty, state.focus == .queue else { return label }
        let count = state.queue.marks.count
        if action == .undoRequested, !state.queue.lastBatch.isEmpty {
            return ReviewBatchText.onBatch(label, state.queue.lastBatch.count)
        }
        guard count > 0 else { return label }
        if bulkActions.contains(action) { return ReviewBatchText.onMarked(label, count) }
        return action == .scoreRequested ? ReviewBatchText.cursorOnly(label) : label
    }

    /// Whether the marks (not the cursor row) are what a bulk key acts on.
    static func actsOnMarks(_ state: DashboardState) -> Bool {
        state.overlays.isEmpty && state.focus == .queue && !state.queue.marks.isEmpty
    }

    /// Who holds each of `chosen`, where known: the marks' holders, else the target's.
    static func holders(_ state: DashboardState, _ chosen: [Int64: Int64]) -> [Int64: String] {
        if actsOnMarks(state) { return state.queue.markHolders.filter { chosen[$0.key] != nil } }
        guard let target = target(state), let holder = target.holder else { return [:] }
        return [target.id: holder]
    }

    /// `d` with marks: every marked proposal passes the decision rule (its holder or an admin), then
    /// one form and one confirmation listing them all.
    static func openBatchDecision(_ state: inout DashboardState) -> [DashboardEffect] {
        let chosen = state.queue.marks
        for id in chosen.keys.sorted() {
            let target = Target(
                id: id, version: chosen[id] ?? 0, title: "", agencyID: 0, holder: state.queue.markHolders[id])
            guard mayDecide(&state, target) else { return [] }
        }
        var form = DecisionForm(proposalID: chosen.keys.min() ?? 0, title: "", version: 0)
        form.batch = chosen
        state.form = .decision(form)
        return []
    }

    /// `u` right after a bulk action undoes the whole batch, in one transaction.
    static func undo(_ state: inout DashboardState) -> [DashboardEffect] {
        if state.overlays.isEmpty, state.focus == .queue, !state.queue.lastBatch.isEmpty {
            return [.undoAll(state.queue.lastBatch)]
        }
        return target(state).map { [.previewUndo($0.id)] } ?? []
    }

    /// What the store would undo is known: a decision is asked about first ("Batalkan persetujuan
    /// #36 oleh Anda pukul 10.02?"), anything else is undone at once, saying what it undid.
    static func undoPreviewed(_ state: inout DashboardState, _ id: Int64, _ entry: AuditEntry?) -> [DashboardEffect] {
        guard let entry else { return [.undo(id, message: nil)] }
        let zone = state.context.timeZone
        guard UndoText.asks(entry.action) else {
            return [.undo(id, message: UndoText.undone(entry, id: id, zone: zone))]
        }
        state.form = .undo(UndoForm(proposalID: id, entry: entry, zone: zone))
        return []
    }

    /// Remembers a mark's holder (or forgets it) with the mark.
    static func noteHolder(_ state: inout DashboardState, _ item: QueueItem) {
        state.queue.markHolders[item.id] = item.assignee
    }
}
