import Foundation
import InovasiCore
import Testing

/// Checks every generated proposal must pass, at any scale.
enum DemoProposalChecks {
    static let decisionActions: Set<String> = [
        "proposal.take", "proposal.release", "proposal.approve", "proposal.requestRevision", "proposal.reject",
    ]

    /// The history replays to the status, the version counts its changes, times are ordered.
    static func checkHistory(_ item: DemoProposal, reviewers: Set<String>, now: Date) throws {
        let proposal = item.proposal
        let first = try #require(item.history.first)
        #expect(first.action == "proposal.submit")
        #expect(first.at == proposal.submittedAt)
        #expect(item.history.last?.at == proposal.updatedAt)
        #expect(proposal.version == Int64(item.history.count))
        var status = ProposalStatus.submitted
        for (index, entry) in item.history.enumerated() {
            #expect(entry.entity == "proposal" && entry.entityID == proposal.id)
            #expect(entry.at <= now)
            if index > 0 {
                #expect(entry.at > item.history[index - 1].at)
                let event = try #require(ProposalEvent(rawValue: String(entry.action.dropFirst("proposal.".count))))
                status = try status.applying(event)
                if event.requiresNote { #expect(!entry.note.isEmpty) }
            }
            #expect(entry.after == "{\"status\":\"\(status.rawValue)\",\"version\":\(index + 1)}")
            #expect(decisionActions.contains(entry.action) == reviewers.contains(entry.user), "\(entry.action)")
        }
        #expect(status == proposal.status)
    }

    /// Assignee and scores as the status requires; nobody scores their own OPD.
    static func checkReview(_ item: DemoProposal, agencyOf: [String: Int64?]) throws {
        let proposal = item.proposal
        switch proposal.status {
        case .inReview, .revisionRequested, .approved, .rejected:
            let assignee = try #require(item.assignee)
            #expect(!item.scores.isEmpty)
            #expect(item.scores.contains { $0.reviewer == assignee })
        case .submitted:
            #expect(item.assignee == nil)
        case .withdrawn:
            #expect(item.scores.isEmpty)
        }
        let lastTake = item.history.last { $0.action == "proposal.take" }
        #expect(item.assignee == nil || item.assignee == lastTake?.user)
        #expect(Set(item.scores.map(\.reviewer)).count == item.scores.count)
        for score in item.scores {
            try score.validate()
            #expect(score.proposalID == proposal.id)
            let reviewerAgency = try #require(agencyOf[score.reviewer])
            #expect(reviewerAgency != proposal.agencyID, "reviewer of the proposal's own OPD")
            #expect(!score.note.isEmpty)
            #expect(score.scoredAt >= (lastTake?.at ?? proposal.submittedAt))
            if proposal.status != .inReview { #expect(score.scoredAt <= proposal.updatedAt) }
        }
        if let assignee = item.assignee {
            #expect(agencyOf[assignee] != nil)
            #expect(agencyOf[assignee] != .some(proposal.agencyID))
        }
    }

    /// Fields a reviewer needs, in whole rupiah and with dates after submission.
    static func checkFields(_ proposal: Proposal) throws {
        try proposal.validate()
        #expect((15_000_000...750_000_000).contains(proposal.budget))
        #expect(proposal.budget % 1_000 == 0)
        let trial = try #require(proposal.plannedTrialOn)
        let implementation = try #require(proposal.plannedImplementationOn)
        #expect(trial > proposal.submittedAt && implementation > trial)
        #expect(proposal.design.split(separator: ".").count >= 3, "rancang bangun of several sentences")
        #expect(Settings.standardAffairs.contains(proposal.affair))
        if proposal.initiatorKind == .citizen {
            #expect(proposal.proposerName == proposal.initiatorName)
            #expect(proposal.proposerContact?.isEmpty == false)
            #expect(proposal.divisionID == nil)
        } else {
            #expect(proposal.proposerName == nil && proposal.proposerContact == nil)
        }
    }
}
