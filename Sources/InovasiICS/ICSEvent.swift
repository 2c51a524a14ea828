import Foundation

/// One calendar event as this module writes and reads it: a plain value the caller maps its own
/// records (mentoring sessions) onto, so the RFC 5545 layer knows nothing of the store.
public struct ICSEvent: Hashable, Sendable {
    /// The identifier that never changes when the event is edited, so calendars update it in place.
    public var uid: String
    /// Grows with each edit, so a calendar knows which copy is newer.
    public var sequence: Int
    /// When it starts (for an all-day event: midnight of its first day in the calendar's zone).
    public var start: Date
    /// When it ends, exclusive (for an all-day event: midnight after its last day).
    public var end: Date
    /// A whole-day event (`VALUE=DATE`), shown without times.
    public var isAllDay: Bool
    /// The title.
    public var summary: String
    /// Where it takes place, when known.
    public var location: String?
    /// Free text: narasumber, OPDs served, notes.
    public var description: String?
    /// Planned, tentative or cancelled; a cancelled event is kept so calendars show it struck out.
    public var status: ICSStatus
    /// The meeting link of an online event.
    public var url: String?
    /// Optional labels (`CATEGORIES`).
    public var categories: [String]
    /// For an occurrence of a recurring event read from a file: the start the rule gave it (its
    /// `RECURRENCE-ID`), which tells occurrences sharing one UID apart; nil for a single event.
    public var recurrenceID: Date?
    /// The event's `X-` properties in file order: a writer's own fields beyond RFC 5545, so its own
    /// file reads back into the same records (calendars that do not know them ignore them).
    public var extras: [ICSExtraProperty]
    /// For an event read from a file: the line of its `BEGIN:VEVENT`, so a caller refusing the
    /// event can say where it is; 0 for an event not read from a file.
    public var line: Int

    /// An event with every field given; the optional ones default to absent.
    public init(
        uid: String, sequence: Int = 0, start: Date, end: Date, isAllDay: Bool = false, summary: String,
        location: String? = nil, description: String? = nil, status: ICSStatus = .confirmed, url: String? = nil,
        categories: [String] = [], recurrenceID: Date? = nil, extras: [ICSExtraProperty] = [], line: Int = 0
    ) {
        self.uid = uid
        self.sequence = sequence
        self.start = start
        self.end = end
        self.isAllDay = isAllDay
        self.summary = summary
        self.location = location
        self.description = description
        self.status = status
        self.url = url
        self.categories = categories
        self.recurrenceID = recurrenceID
        self.extras = extras
        self.line = line
    }

    /// The values of the extra properties called `name` (upper case), in file order.
    public func extras(named name: String) -> [ICSExtraProperty] { extras.filter { $0.name == name } }

    /// The first value of the extra property `name`, if any.
    public func extra(_ name: String) -> String? { extras.first { $0.name == name }?.value }
}

/// The `STATUS` values RFC 5545 allows on an event.
public enum ICSStatus: String, Hashable, Sendable, CaseIterable {
    /// Not yet sure.
    case tentative = "TENTATIVE"
    /// Planned and holding.
    case confirmed = "CONFIRMED"
    /// Called off; kept in the file so calendars show it cancelled instead of silently dropping it.
    case cancelled = "CANCELLED"
}
