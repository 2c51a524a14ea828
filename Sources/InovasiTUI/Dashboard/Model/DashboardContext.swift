import Foundation
import InovasiCore

/// What does not change while the dashboard runs: who, where, which file, which rules.
public struct DashboardContext: Hashable, Sendable {
    public var cityName: String
    public var userName: String
    public var role: Role?
    /// The person's OPD: a reviewer never scores a proposal of their own OPD.
    public var userAgencyID: Int64?
    /// The data file shown in the header.
    public var dataPath: String
    public var isDemo: Bool
    public var isReadOnly: Bool
    public var isKiosk: Bool
    public var timeZone: TimeZone
    public var overdueDays: Int
    /// Weights and threshold for the weighted score shown beside each reviewer's scores.
    public var scoring: ScoringRules
    /// Seconds between the kiosk's views.
    public var kioskInterval: Int

    public init(
        cityName: String, userName: String, role: Role?, dataPath: String, isDemo: Bool,
        isReadOnly: Bool, isKiosk: Bool = false, timeZone: TimeZone, overdueDays: Int,
        scoring: ScoringRules = .standard, kioskInterval: Int = 20
    ) {
        self.cityName = cityName
        self.userName = userName
        self.role = role
        self.dataPath = dataPath
        self.isDemo = isDemo
        self.isReadOnly = isReadOnly
        self.isKiosk = isKiosk
        self.timeZone = timeZone
        self.overdueDays = overdueDays
        self.scoring = scoring
        self.kioskInterval = kioskInterval
    }
}
