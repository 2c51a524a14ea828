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
            return [.reviewSaved(ReviewResults.taken(targets.keys.sorted()))]
        case .assign(let targets, let reviewer):
            try desk.assign(targets.keys.sorted(), to: reviewer, expectedVersions: targets)
            return [.reviewSaved(ReviewResults.assigned(targets.count, to: reviewer))]
        case .unassign(let targets):
            try desk.unassign(targets.keys.sorted(), expectedVersions: targets)
            return [.reviewSaved(ReviewResults.unassigned(targets.count))]
        case .saveScore(let score, let rules):
            try desk.saveScore(score)
            let weighted = rules.weightedScore(score.values) ?? 0
            let recommends = rules.recommendsApproval(score.values)
            return [.reviewSaved(ReviewResults.scored(score.proposalID, weighted, recommends))]
        case .decide(let event, let id, let version, let note):
            try desk.decide(event, id: id, expectedVersion: version, note: note)
            return [.reviewSaved(ReviewResults.decided(event, id: id))]
        case .undo(let id):
            try desk.undo(id)
            return [.reviewSaved(ReviewResults.undone(id))]
        case .loadReviewers:
            return [.reviewersLoaded(try desk.reviewers())]
        case .loadOwnScore(let id):
            return [.ownScoreLoaded(proposalID: id, try desk.ownScore(proposalID: id))]
        default:
            return []
        }
    }
}

/// What a saved change did, said in a flash message.
enum ReviewResults {
    static func taken(_ ids: [Int64]) -> Localized {
        ids.count == 1
            ? Localized(id: "Usulan #\(ids[0]) diambil untuk ditinjau.", en: "Proposal #\(ids[0]) taken for review.")
            : Localized(
                id: "\(ids.count) usulan diambil untuk ditinjau.", en: "\(ids.count) proposals taken for review.")
    }

    static func assigned(_ count: Int, to reviewer: String) -> Localized {
        Localized(id: "\(count) usulan ditugaskan ke \(reviewer).", en: "\(count) proposal(s) assigned to \(reviewer).")
    }

    static func unassigned(_ count: Int) -> Localized {
        Localized(id: "Penilai dilepas dari \(count) usulan.", en: "Reviewer taken off \(count) proposal(s).")
    }

    static func scored(_ id: Int64, _ weighted: Double, _ recommends: Bool) -> Localized {
        let idValue = NumberText.decimal(weighted, fractionDigits: 2, .id)
        let enValue = NumberText.decimal(weighted, fractionDigits: 2, .en)
        let verdict = recommends ? ReviewText.recommendApprove : ReviewText.recommendNot
        return Localized(
            id: "Nilai usulan #\(id) disimpan: \(idValue), \(verdict.id).",
            en: "Scores of proposal #\(id) saved: \(enValue), \(verdict.en).")
    }

    static func decided(_ event: ProposalEvent, id: Int64) -> Localized {
        switch event {
        case .approve:
            Localized(
                id: "Usulan #\(id) disetujui dan menjadi inovasi tahap inisiatif.",
                en: "Proposal #\(id) approved; it is now an innovation at the initiative stage.")
        case .requestRevision:
            Localized(id: "Revisi usulan #\(id) diminta.", en: "Revision of proposal #\(id) requested.")
        case .reject: Localized(id: "Usulan #\(id) ditolak.", en: "Proposal #\(id) rejected.")
        default: Localized(id: "Usulan #\(id) diperbarui.", en: "Proposal #\(id) updated.")
        }
    }

    static func undone(_ id: Int64) -> Localized {
        Localized(
            id: "Tindakan terakhir Anda pada usulan #\(id) dibatalkan (tercatat di riwayat).",
            en: "Your last action on proposal #\(id) was undone (recorded in the history).")
    }
}
