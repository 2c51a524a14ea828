import Foundation

/// A year's rules with every section the estimate needs present, so the planner's arithmetic
/// never meets a nil; built only from complete rules (``IIDIncompleteRules`` otherwise).
public struct IIDFormula: Sendable, Equatable {
    /// The rules it was built from.
    public let rules: IIDRules
    /// The largest total.
    public let maxTotal: Double
    /// The maturity average's minimum divisor.
    public let minimumDivisor: Int
    /// Points per innovation and cap.
    public let number: IIDNumberRule
    /// The basic-service affairs, as the rules write them.
    public let affairs: [String]
    /// The predicate bands.
    public let predicates: IIDPredicateRule
    /// The reporting window.
    public let window: IIDWindow
    /// ``affairs`` without case or outer spaces.
    let normalizedAffairs: [String]

    /// The formula of `rules`; refused naming the sections the file lacks (a 2025 known in part).
    public init(_ rules: IIDRules) throws(IIDIncompleteRules) {
        guard let maxTotal = rules.maxTotal, let divisor = rules.divisor, let number = rules.numberScore,
            let affairs = rules.basicServiceAffairs, let predicates = rules.predicates, let window = rules.window,
            !rules.spd.isEmpty, !rules.sid.isEmpty
        else { throw IIDIncompleteRules(year: rules.year, missing: rules.missingSections) }
        self.rules = rules
        self.maxTotal = maxTotal
        self.minimumDivisor = divisor.minimum
        self.number = number
        self.affairs = affairs.affairs
        normalizedAffairs = affairs.affairs.map(IIDScore.normalized)
        self.predicates = predicates
        self.window = window
    }

    /// The positions in ``affairs`` that `names` cover (compared without case or outer spaces);
    /// called once per innovation, so the rules' side is normalised once, in ``init(_:)``.
    public func affairPositions(of names: [String]) -> [Int] {
        var positions: [Int] = []
        for name in names {
            guard let position = normalizedAffairs.firstIndex(of: IIDScore.normalized(name)) else { continue }
            if !positions.contains(position) { positions.append(position) }
        }
        return positions.sorted()
    }

    /// The maturity average of `tally`.
    public func maturity(_ tally: IIDTally) -> IIDScore.Maturity {
        let divisor = max(minimumDivisor, tally.sent, 1)
        return IIDScore.Maturity(average: tally.sidSum / Double(divisor), divisor: divisor)
    }

    /// The number score of `tally`: 0 while an affair has no innovation sent.
    public func numberScore(_ tally: IIDTally) -> Double {
        IIDScore.number(number, count: tally.sent, affairsCovered: tally.affairsCovered)
    }

    /// The total of `tally`: SPD + maturity average + number score.
    public func total(_ tally: IIDTally) -> Double {
        IIDScore.total(spd: tally.spd, maturity: maturity(tally).average, number: numberScore(tally))
    }

    /// The index of `tally`: the one function every estimate and every action's gain goes through.
    public func index(_ tally: IIDTally) -> Double {
        IIDScore.index(total: total(tally), maxTotal: maxTotal)
    }
}

/// The rules of a year lack sections the estimate needs: it says which instead of computing a
/// wrong index.
public struct IIDIncompleteRules: Error, Sendable, Equatable {
    /// The assessment year.
    public var year: Int
    /// The file's keys of the missing sections.
    public var missing: [String]

    /// A refusal for `year` naming `missing`.
    public init(year: Int, missing: [String]) {
        self.year = year
        self.missing = missing
    }
}
