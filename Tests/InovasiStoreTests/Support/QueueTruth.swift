import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

/// The review queue worked out from the domain's own rules, in Swift, over every proposal of a
/// store: what a queue query must list, whatever plan SQLite picks.
struct QueueTruth {
    let proposals: [Proposal]
    let assignees: [Int64: String]
    let agencies: [Int64: Agency]
    let now: Date
    let overdueDays: Int
    /// Whose proposals "mine" means.
    let me: String

    /// Reads every OPD, proposal and assignment of `store` once.
    init(_ store: Store, now: Date, overdueDays: Int, me: String) throws {
        let agencies = try store.agencies()
        var proposals: [Proposal] = []
        for agency in agencies { proposals += try store.proposals(agencyID: agency.id) }
        var assignees: [Int64: String] = [:]
        for proposal in proposals { assignees[proposal.id] = try store.assignee(proposalID: proposal.id) }
        self.proposals = proposals
        self.assignees = assignees
        self.agencies = Dictionary(uniqueKeysWithValues: agencies.map { ($0.id, $0) })
        self.now = now
        self.overdueDays = overdueDays
        self.me = me
    }

    /// The ids `query` must list.
    func ids(_ query: QueueQuery) -> Set<Int64> {
        Set(proposals.filter { matches($0, query) }.map(\.id))
    }

    /// Whether `proposal` passes every part of `query`, each by the domain's rule.
    func matches(_ proposal: Proposal, _ query: QueueQuery) -> Bool {
        guard query.statuses.contains(proposal.status) else { return false }
        if !query.agencyCode.isEmpty, agencies[proposal.agencyID]?.code != query.agencyCode { return false }
        if !query.forms.isEmpty, !query.forms.contains(proposal.form) { return false }
        if !query.kinds.isEmpty, !query.kinds.contains(proposal.kind) { return false }
        if query.overdueOnly, !proposal.isOverdue(now: now, overdueDays: overdueDays) { return false }
        switch query.assignee {
        case .anyone: break
        case .unassigned: if assignees[proposal.id] != nil { return false }
        case .mine: if assignees[proposal.id] != me { return false }
        }
        return matchesText(proposal, query.text)
    }

    /// SQLite's LIKE: case folded for ASCII letters only, anywhere in the title, OPD name or code.
    func matchesText(_ proposal: Proposal, _ text: String) -> Bool {
        let needle = Self.fold(text.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !needle.isEmpty else { return true }
        let agency = agencies[proposal.agencyID]
        return [proposal.title, agency?.name ?? "", agency?.code ?? ""].contains { Self.fold($0).contains(needle) }
    }

    /// `text` with ASCII capitals made small, nothing else changed.
    static func fold(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    (65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
                }))
    }
}
