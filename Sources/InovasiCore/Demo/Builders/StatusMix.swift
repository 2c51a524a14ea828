/// How statuses are spread over proposals, exactly per block of indices.
///
/// Proposals are cut into blocks of `pattern.count`; inside a block the pattern is shuffled by a
/// generator seeded with (seed, block). So every block holds exactly the pattern's shares — every
/// status and some overdue ones appear as soon as one block is made — while proposal `i` still
/// depends only on the seed and `i`.
struct StatusMix: Sendable {
    /// One place in the pattern.
    struct Entry: Sendable {
        let status: ProposalStatus
        /// Waiting longer than the overdue limit (only for submitted and in review).
        let overdue: Bool
    }

    /// What the mix decides for one proposal.
    struct Slot: Sendable, Equatable {
        let status: ProposalStatus
        let overdue: Bool
        /// Proposed by a member of the public.
        let fromCitizen: Bool
    }

    let pattern: [Entry]
    /// Citizens' proposals per block.
    let citizensPerBlock: Int

    /// A city office: a visible queue, several overdue, every status (block of 20).
    static let city = StatusMix(
        counts: [
            (.submitted, false, 3), (.submitted, true, 1), (.inReview, false, 2), (.inReview, true, 1),
            (.revisionRequested, false, 2), (.approved, false, 6), (.rejected, false, 3), (.withdrawn, false, 2),
        ],
        citizensPerBlock: 1)

    /// A mature national load: most decided, about 17 % waiting, 5 % overdue (block of 40).
    static let national = StatusMix(
        counts: [
            (.submitted, false, 3), (.submitted, true, 1), (.inReview, false, 2), (.inReview, true, 1),
            (.revisionRequested, false, 3), (.approved, false, 18), (.rejected, false, 9), (.withdrawn, false, 3),
        ],
        citizensPerBlock: 1)

    init(counts: [(ProposalStatus, Bool, Int)], citizensPerBlock: Int) {
        pattern = counts.flatMap { status, overdue, count in
            Array(repeating: Entry(status: status, overdue: overdue), count: count)
        }
        self.citizensPerBlock = citizensPerBlock
    }

    /// The slot of proposal number `index` (0-based).
    func slot(index: Int, seed: UInt64) -> Slot {
        let size = pattern.count
        var rng = SplitMix64(seed: seed, stream: .statusBlocks, index: UInt64(index / size))
        var order = Array(0..<size)
        rng.shuffle(&order)
        let position = index % size
        let entry = pattern[order[position]]
        let citizenPositions = rng.sample(Array(0..<size), count: citizensPerBlock)
        return Slot(status: entry.status, overdue: entry.overdue, fromCitizen: citizenPositions.contains(position))
    }
}
