import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

extension StoreDashboardSource: ProposalDesk {
    /// The OPDs a proposal may name: every active one for an admin; an operator's own only.
    public func agencies() throws -> [Agency] {
        try refusing { () throws(StoreError) in
            let all = try store.agencies().filter(\.isActive)
            guard let user = try store.user(named: actor), user.role.needsAgency else { return all }
            return all.filter { $0.id == user.agencyID }
        }
    }

    /// The bidang of the OPDs a proposal may name.
    public func divisions() throws -> [Division] {
        let offered = Set(try agencies().map(\.id))
        return try refusing { () throws(StoreError) in try store.divisions().filter { offered.contains($0.agencyID) } }
    }

    /// The proposal as stored now.
    public func proposal(_ id: Int64) throws -> Proposal {
        try refusing { () throws(StoreError) in
            guard let proposal = try store.proposal(id: id) else { throw StoreError.unknownProposal(id: id) }
            return proposal
        }
    }

    /// Adds the proposal as the actor; the store checks ``ProposalAct`` again.
    public func add(_ proposal: Proposal) throws -> Proposal {
        try refusing { () throws(StoreError) in try store.addProposal(proposal, by: actor) }
    }

    /// Saves the edit as the actor against the version the form was opened on.
    public func edit(_ proposal: Proposal, expectedVersion: Int64) throws -> Proposal {
        try refusing { () throws(StoreError) in
            try store.editProposal(proposal, expectedVersion: expectedVersion, by: actor)
        }
    }
}
