import Foundation

/// What came in and what moved per month, for one OPD or the city: proposals in (by submission),
/// decisions (approve, revision, reject; an undone one does not count) and stage moves.
///
/// One value for `report --trend` and the OPD detail, so the command line and the dashboard show
/// the same figures.
public struct MonthlyTrend: Hashable, Sendable {
    /// One month's counts.
    public struct Month: Hashable, Sendable {
        /// The month, in the office's zone.
        public var month: YearMonth
        /// Proposals submitted in the month.
        public var proposals = 0
        /// Approvals standing (not undone).
        public var approved = 0
        /// Requests for revision standing.
        public var revisions = 0
        /// Rejections standing.
        public var rejected = 0
        /// Innovations moved to another stage (forward or back), their start not counted.
        public var stageMoves = 0

        /// A month with no counts yet.
        public init(month: YearMonth) { self.month = month }

        /// Every decision of the month: approvals, revisions and rejections.
        public var decisions: Int { approved + revisions + rejected }

        /// The month's count of `series`.
        public func count(_ series: Series) -> Int {
            switch series {
            case .proposals: proposals
            case .decisions: decisions
            case .stageMoves: stageMoves
            }
        }
    }

    /// The three series a trend shows, in the order they are shown.
    public enum Series: CaseIterable, Hashable, Sendable {
        /// Proposals in.
        case proposals
        /// Decisions made.
        case decisions
        /// Stage moves.
        case stageMoves
    }

    /// Every month of the range, oldest first, months without events included.
    public var months: [Month]

    /// A trend of zeros over `first`…`last` (empty when `last` is before `first`).
    public init(from first: YearMonth, to last: YearMonth) {
        let count = max(0, first.distance(to: last) + 1)
        months = (0..<count).map { Month(month: first.adding(months: $0)) }
    }

    /// The counts of `series`, oldest month first.
    public func values(_ series: Series) -> [Int] { months.map { $0.count(series) } }

    /// The sum of `series` over the range.
    public func total(_ series: Series) -> Int { values(series).reduce(0, +) }
}
