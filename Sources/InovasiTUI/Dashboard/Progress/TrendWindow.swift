import Foundation
import InovasiCore

/// The months the OPD detail's trend covers, carried by its load effect so the runner reads no
/// state: the last ``months`` up to the current month, taken in the office's zone.
public struct TrendWindow: Hashable, Sendable {
    /// How many months the OPD detail shows.
    public static let months = 12
    /// The oldest month shown.
    public var first: YearMonth
    /// The newest month shown, the current one.
    public var last: YearMonth
    /// The office's zone, in which months begin and end.
    public var timeZone: TimeZone

    /// A window from `first` to `last` in `timeZone`.
    public init(first: YearMonth, last: YearMonth, timeZone: TimeZone) {
        self.first = first
        self.last = last
        self.timeZone = timeZone
    }

    /// The last ``months`` months up to the one holding the state's clock.
    static func recent(_ state: DashboardState) -> TrendWindow {
        let zone = state.context.timeZone
        let last = YearMonth(containing: state.now, in: zone)
        return TrendWindow(first: last.adding(months: 1 - months), last: last, timeZone: zone)
    }
}
