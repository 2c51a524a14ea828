/// The reviewers who may be assigned, and which of them may judge a given agency's proposal.
struct ReviewerPool: Sendable {
    let names: [String]
    let agencyIDs: [Int64?]

    init(users: [User]) {
        let reviewers = users.filter { $0.role == .reviewer }
        names = reviewers.map(\.name)
        agencyIDs = reviewers.map(\.agencyID)
    }

    /// Indices of reviewers not working in the agency: nobody scores their own OPD's proposal.
    func eligible(forAgencyID agencyID: Int64) -> [Int] {
        names.indices.filter { agencyIDs[$0] != agencyID }
    }
}
