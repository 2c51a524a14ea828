/// The few sums the index depends on: the SPD score, the SID scores' sum of the innovations sent,
/// how many are sent and how many sent innovations cover each basic-service affair.
///
/// An action changes one or two of them, so its gain is the index of a changed tally, computed in
/// constant time through the same ``IIDFormula/index(_:)`` as the estimate: the ranked actions of
/// a national store (tens of thousands of innovations) need no full recomputation per candidate.
public struct IIDTally: Sendable, Equatable {
    /// The region's SPD score.
    public var spd: Double
    /// The sum of the SID scores of the innovations sent.
    public var sidSum: Double
    /// How many innovations are sent.
    public var sent: Int
    /// Per basic-service affair (the rules' order), how many innovations sent cover it.
    public var affairCounts: [Int]

    /// A tally; by default empty for `affairs` affairs.
    public init(spd: Double = 0, sidSum: Double = 0, sent: Int = 0, affairCounts: [Int]) {
        self.spd = spd
        self.sidSum = sidSum
        self.sent = sent
        self.affairCounts = affairCounts
    }

    /// Whether every basic-service affair has an innovation sent (else the number score is 0).
    public var affairsCovered: Bool { affairCounts.allSatisfy { $0 > 0 } }

    /// The tally with one more innovation sent, scoring `sid` and covering `affairs` (positions).
    public func adding(sid: Double, affairs: [Int]) -> IIDTally {
        var next = self
        next.sidSum += sid
        next.sent += 1
        for position in affairs { next.affairCounts[position] += 1 }
        return next
    }

    /// The tally without one innovation sent that scored `sid` and covered `affairs`.
    public func removing(sid: Double, affairs: [Int]) -> IIDTally {
        var next = self
        next.sidSum -= sid
        next.sent -= 1
        for position in affairs { next.affairCounts[position] -= 1 }
        return next
    }
}
