import InovasiCore

/// The IID rules of the assessment year the dashboard shows, as the executable loaded them (the
/// office's `iid/YEAR.yaml` or the shipped year): the dashboard never reads rules files itself.
///
/// A wrapper so the context stays `Hashable` while ``IIDRules`` is only `Equatable`.
public struct IIDSetup: Hashable, Sendable {
    /// The year's rules.
    public var rules: IIDRules

    /// The setup of `rules`.
    public init(rules: IIDRules) {
        self.rules = rules
    }

    /// The assessment year.
    public var year: Int { rules.year }

    /// Equal when the rules are.
    public static func == (lhs: IIDSetup, rhs: IIDSetup) -> Bool { lhs.rules == rhs.rules }

    /// Hashes the year and the indicators' numbers: equal rules hash alike.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rules.year)
        hasher.combine(rules.sid.map(\.number))
        hasher.combine(rules.spd.map(\.number))
    }
}
