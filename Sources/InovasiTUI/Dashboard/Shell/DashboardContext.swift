import Foundation
import InovasiCore

/// Who is looking, at which file, under which rules; only the role is read again when the data change.
public struct DashboardContext: Hashable, Sendable {
    /// The city named in the header, e.g. "Kota Cilegon".
    public var cityName: String
    /// The person's Unix login name: shown in the header and recorded as the reviewer of their scores.
    public var userName: String
    /// The person's role as the store last said (read again when the data change); nil for someone the
    /// store does not know, who may only look.
    public var role: Role?
    /// The person's OPD: a reviewer never scores a proposal of their own OPD.
    public var userAgencyID: Int64?
    /// Whether the person is an external member of the tim independen, who scores but never takes
    /// or decides (``ReviewAct/refusal(for:holder:)``).
    public var userIsExternal = false
    /// The data file shown in the header.
    public var dataPath: String
    /// Whether the dashboard shows the demo store, so the header warns that the data are not real.
    public var isDemo: Bool
    /// Whether the store is open read-only: the header says so and review actions are refused up front.
    public var isReadOnly: Bool
    /// Whether it runs as the unattended kiosk, which moves between views by itself and ignores stray keys.
    public var isKiosk: Bool
    /// The display zone for dates and times (WIB by default); what "today" means in the calendar.
    public var timeZone: TimeZone
    /// Days a waiting proposal may wait before the queue and progress count it as overdue.
    public var overdueDays: Int
    /// Weights, minimums and threshold for the weighted score and the recommendation shown beside
    /// each reviewer's scores.
    public var scoring: ScoringRules
    /// Seconds between the kiosk's views.
    public var kioskInterval: Int
    /// The kiosk's pages and their order, from the config's `kiosk:` section.
    public var kiosk = KioskSettings.standard
    /// The days off the calendar marks and the session form warns on: the office's `holidays.yaml`
    /// when it has one, else the shipped list.
    public var holidays: HolidayCalendar = .shipped
    /// The keys in force; the help overlay and the status hints are drawn from it, so they show
    /// exactly the bindings the runtime uses.
    public var keyMap: KeyMap = .standard
    /// The kiosk's repaints, burn-in moves and unlock sequence (`kiosk:` in the config).
    public var kioskRules: KioskRules = .standard
    /// The IID rules of the assessment year, loaded by the executable; nil when the year has none
    /// (the checklist and the planner then say so).
    public var iid: IIDSetup?

    /// The context for one run; set `userAgencyID` afterwards when the store knows the person.
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
