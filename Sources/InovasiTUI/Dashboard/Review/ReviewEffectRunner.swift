import Foundation
import InovasiCore

/// Performs the review changes and reports each as saved (with what happened) or refused (with why).
struct ReviewEffectRunner {
    let desk: ReviewDesk

    func run(_ effect: DashboardEffect) -> [DashboardAction] {
        do {
            return try perform(effect)
        } catch let refusal as ReviewRefusal {
            return [.reviewRefused(refusal.localized)]
        } catch {
            return [.reviewRefused(DashboardText.unexpected(String(describing: error)))]
        }
    }

    func perform(_ effect: DashboardEffect) throws -> [DashboardAction] {
        switch effect {
        case .take(let targets):
            for (id, version) in targets.sorted(by: { $0.key < $1.key }) { try desk.take(id, expectedVersion: version) }
            return batch([.reviewSaved(ReviewResultText.taken(targets.keys.sorted()))], targets)
        case .assign(let targets, let reviewer):
            try desk.assign(targets.keys.sorted(), to: reviewer, expectedVersions: targets)
            return batch([.reviewSaved(ReviewResultText.assigned(targets.count, to: reviewer))], targets)
        case .unassign(let targets):
            try desk.unassign(targets.keys.sorted(), expectedVersions: targets)
            return batch([.reviewSaved(ReviewResultText.unassigned(targets.count))], targets)
        case .decideAll(let event, let targets, let note):
            try desk.decideAll(event, targets: targets, note: note)
            return batch([.reviewSaved(ReviewBatchText.decided(event, ids: targets.keys.sorted()))], targets)
        case .undoAll(let ids):
            try desk.undoAll(ids)
            return [.reviewSaved(ReviewBatchText.undone(ids.sorted()))]
        case .saveScore(let score, let rules):
            try desk.saveScore(score)
            let weighted = rules.weightedScore(score.values) ?? 0
            let verdict = rules.verdict(score.values)
            return [.reviewSaved(ReviewResultText.scored(score.proposalID, weighted, verdict))]
        case .decide(let event, let id, let version, let note):
            try desk.decide(event, id: id, expectedVersion: version, note: note)
            return [.reviewSaved(ReviewResultText.decided(event, id: id))]
        case .undo(let id, let message):
            try desk.undo(id)
            return [.reviewSaved(message ?? ReviewResultText.undone(id))]
        case .previewUndo(let id):
            return [.undoPreviewed(id, try desk.undoable(id))]
        case .loadReviewers:
            return [.reviewersLoaded(try desk.reviewers())]
        case .loadOwnScore(let id):
            return [.ownScoreLoaded(proposalID: id, try desk.ownScore(proposalID: id))]
        default:
            return []
        }
    }

    /// After a change of several proposals, `u` undoes them all.
    func batch(_ actions: [DashboardAction], _ targets: [Int64: Int64]) -> [DashboardAction] {
        targets.count > 1 ? actions + [.reviewBatchDone(targets.keys.sorted())] : actions
    }
}
