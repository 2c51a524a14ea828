import InovasiCore

/// A full-screen view over the panes; `Esc` closes the top one.
public enum OverlayKind: Hashable, Sendable {
    case agency(AgencyDetail)
    case proposal(ProposalDetail)
    case sessions(SessionDayDetail)
    case help
}

/// An open overlay and how far it is scrolled.
public struct Overlay: Hashable, Sendable {
    /// What the overlay shows.
    public var kind: OverlayKind
    /// The first line shown; each overlay keeps its own, so closing the one on top returns to where the reader was.
    public var scroll = 0
    /// Text searched with `/`, whose matching lines `n`/`N` jump between.
    public var search = ""

    public init(kind: OverlayKind) {
        self.kind = kind
    }
}

/// The sessions of one day with the names of the OPDs and innovations they serve.
public struct SessionDayDetail: Hashable, Sendable {
    /// The day whose sessions are listed.
    public var day: CalendarDay
    /// The sessions starting that day in the display zone.
    public var sessions: [MentoringSession]
    /// Names of the OPDs the sessions serve, by id.
    public var agencyNames: [Int64: String]
    /// Titles of the innovations the sessions serve, by id.
    public var innovationTitles: [Int64: String]

    public init(
        day: CalendarDay, sessions: [MentoringSession], agencyNames: [Int64: String],
        innovationTitles: [Int64: String]
    ) {
        self.day = day
        self.sessions = sessions
        self.agencyNames = agencyNames
        self.innovationTitles = innovationTitles
    }
}
