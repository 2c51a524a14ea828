import InovasiCore

/// Why a calendar file is refused as a whole: the line it happens on (the first physical line of
/// the unfolded content line; 0 when it concerns the whole file) and the reason.
public struct ICSError: Error, Hashable, Sendable {
    /// The number of the physical line where the faulty content line begins, 1-based; 0 for the file.
    public let line: Int
    /// What is wrong there.
    public let problem: ICSProblem

    /// An error at `line`.
    public init(line: Int, _ problem: ICSProblem) {
        self.line = line
        self.problem = problem
    }

    /// The message in both languages: `baris 12: …` / `line 12: …`.
    public var message: Localized { ICSText.message(self) }
}

/// The reasons a calendar file cannot be read.
public enum ICSProblem: Hashable, Sendable {
    /// The file is empty.
    case empty
    /// The octets are not UTF-8.
    case notUTF8
    /// The file does not begin with `BEGIN:VCALENDAR`.
    case notCalendar
    /// A content line without the colon between name and value.
    case noColon
    /// A property name or parameter that breaks the grammar.
    case badSyntax(String)
    /// An `END` that closes nothing, or another component than the open one.
    case unexpectedEnd(String)
    /// A component still open at the end of the file.
    case unclosed(String)
    /// A required property is missing from an event.
    case missing(String)
    /// A date or date-time value that cannot be read (or a date that does not exist).
    case badDate(String)
    /// A `DURATION` value that cannot be read.
    case badDuration(String)
    /// A number (SEQUENCE) that cannot be read.
    case badNumber(String)
    /// A `STATUS` that is not TENTATIVE, CONFIRMED or CANCELLED.
    case badStatus(String)
    /// A `TZID` that is neither an IANA zone, a known Windows zone, nor defined in the file.
    case unknownZone(String)
    /// An event that ends before it starts.
    case endBeforeStart
    /// An `RRULE` this reader cannot expand, with the part that is refused.
    case badRule(String)
}
