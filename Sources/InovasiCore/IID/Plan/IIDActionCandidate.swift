/// An action before it is dressed with names: positions and the gain only, so ranking tens of
/// thousands of innovations' steps copies no strings.
struct IIDActionCandidate: Sendable, Equatable {
    enum Step: Int, Sendable {
        case raise, addEvidence, addInnovations, leaveOut
    }

    /// The index points added.
    var gain: Double
    /// The kind of step.
    var step: Step
    /// The innovation's position in the input; nil for the region (SPD) and new innovations.
    var innovation: Int?
    /// The indicator's position in the SPD (no innovation) or SID list; -1 when none.
    var indicator: Int
    /// The level before, and the level after (raise) or kept (evidence).
    var from: Int
    var to: Int

    /// Whether `self` ranks before `other`: larger gain first, then input order, so equal gains
    /// always come out in the same order.
    func ranksBefore(_ other: IIDActionCandidate) -> Bool {
        if abs(gain - other.gain) > 1e-9 { return gain > other.gain }
        let mine = (innovation ?? -1, indicator, step.rawValue, to)
        let theirs = (other.innovation ?? -1, other.indicator, other.step.rawValue, other.to)
        return mine < theirs
    }
}

/// The best `limit` candidates seen, kept in rank order; insertion is a binary search, so picking
/// the top ten of a million candidates costs little more than looking at each once.
struct IIDTopCandidates {
    let limit: Int?
    private(set) var items: [IIDActionCandidate] = []

    init(limit: Int?) { self.limit = limit }

    mutating func offer(_ candidate: IIDActionCandidate) {
        guard candidate.gain > 1e-9 else { return }
        if let limit, items.count >= limit {
            guard let last = items.last, candidate.ranksBefore(last) else { return }
        }
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if items[middle].ranksBefore(candidate) { low = middle + 1 } else { high = middle }
        }
        items.insert(candidate, at: low)
        if let limit, items.count > limit { items.removeLast() }
    }
}
