import InovasiCore

/// A full-screen view over the panes; `Esc` closes the top one.
public enum OverlayKind: Hashable, Sendable {
    case agency(AgencyDetail)
    case proposal(ProposalDetail)
    case sessions(SessionDayDetail)
    case help
    /// A page of the audit trail (`H`).
    case audit(AuditPage)
    /// One audit entry with its before and after.
    case auditEntry(AuditEntry)
    /// The administration view (`M`): every OPD and user.
    case admin(AdminData)
    /// One OPD's bidang, under the administration view.
    case adminAgency(AdminAgency)
    /// The IID planner (`i`): the estimate, the ranked actions, the innovations, the what-if.
    case planner(PlannerView)
}

/// An open overlay: what it shows, its document as last built, how far it is scrolled and which
/// item its cursor is on.
public struct Overlay: Hashable, Sendable {
    /// What the overlay shows; replacing it (a reload) counts as a new revision, so the document is
    /// built again.
    public var kind: OverlayKind {
        didSet { revision &+= 1 }
    }
    /// Counts replacements of ``kind``; the document remembers the revision it was built from.
    public private(set) var revision = 0
    /// The lines as last built, kept until what they show changes (``DocumentKeeper``): the reducer
    /// counts, scrolls and searches them and the view draws them, so a key press builds nothing.
    public internal(set) var document: OverlayDocument?
    /// How many times ``document`` was built; a key press must not add one (tests read it).
    public internal(set) var documentBuilds = 0
    /// The first line shown; each overlay keeps its own, so closing the one on top returns to where the reader was.
    public var scroll = 0
    /// The line of the selected item in ``document``; nil exactly when no item is in view.
    public internal(set) var cursor: Int?
    /// Text searched with `/`, whose matching lines `n`/`N` jump between.
    public var search = "" {
        didSet { match = nil }
    }
    /// The line `n`/`N` last jumped to, where the next jump starts; any move forgets it.
    var match: Int?

    public init(kind: OverlayKind) {
        self.kind = kind
    }

    /// The item under the cursor, which `Enter` and the later issues' keys act on; nil when none is in view.
    public var selectedItem: DetailItem? {
        guard let cursor, let lines = document?.lines, lines.indices.contains(cursor) else { return nil }
        return lines[cursor].item
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
