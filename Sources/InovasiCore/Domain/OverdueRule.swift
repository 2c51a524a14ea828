import Foundation

/// The one rule of "overdue": a proposal is overdue when it is still waiting on the review office
/// (``ProposalStatus/isWaiting``) and was submitted more than `overdueDays` whole days before
/// `now`. A decided, withdrawn or returned proposal is never overdue, however old.
///
/// Every place that marks or counts overdue proposals asks this value: ``Proposal``, the store's
/// SQL (which binds ``cutoff`` and names ``ProposalStatus/waiting``), the CLI's queue output and
/// the dashboard's queue pane, so they cannot disagree.
public struct OverdueRule: Hashable, Sendable {
    /// The moment ages are measured from.
    public var now: Date
    /// Whole days a waiting proposal may wait before it is overdue (`overdueDays` in the config).
    public var overdueDays: Int

    /// The rule at `now` for a limit of `overdueDays` days.
    public init(now: Date, overdueDays: Int) {
        self.now = now
        self.overdueDays = overdueDays
    }

    /// Submitted at or before this instant means more than ``overdueDays`` whole days of waiting;
    /// the store binds it as the upper bound of `submitted_at`.
    public var cutoff: Date {
        now.addingTimeInterval(-Double(overdueDays + 1) * Self.secondsPerDay)
    }

    /// Whole days since `submittedAt`, never negative; the age a queue row shows.
    public func ageInDays(submittedAt: Date) -> Int {
        max(0, Int(now.timeIntervalSince(submittedAt) / Self.secondsPerDay))
    }

    /// Whether a proposal in `status`, submitted at `submittedAt`, is overdue: waiting, and
    /// submitted at or before ``cutoff``.
    public func isOverdue(status: ProposalStatus, submittedAt: Date) -> Bool {
        status.isWaiting && submittedAt <= cutoff
    }

    /// Seconds in a day as the rule counts them (ages are in whole 24-hour days, not calendar days).
    static let secondsPerDay: Double = 86_400
}
