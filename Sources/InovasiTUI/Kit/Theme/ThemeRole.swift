/// A semantic part of the screen that a theme gives a look; widgets ask for roles, never colours.
///
/// The raw value is the key in a theme file. Each role also has ``defaultMono`` attributes: the
/// look with no colour at all, chosen so that meaning is never carried by colour alone.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable, Comparable {
    /// Ordinary text on the screen's background; other roles inherit its colours.
    case base
    case muted
    case paneBorder
    case paneBorderFocused
    case paneTitle
    case paneTitleFocused
    case header
    case headerBadge
    case statusLine
    case statusKey
    case flash
    case selection
    /// The remembered selection of a pane without focus.
    case selectionUnfocused
    case tableHeader
    case totalsRow
    /// Tahapan inisiatif.
    case stageInitiative
    /// Tahapan uji coba.
    case stageTrial
    /// Tahapan penerapan.
    case stageImplementation
    case statusSubmitted
    case statusInReview
    case statusRevision
    case statusApproved
    case statusRejected
    case statusWithdrawn
    case overdue
    case ok
    case warning
    case error
    case calendarToday
    /// A day with at least one mentoring session.
    case calendarEvent
    case calendarSelected
    case calendarWeekend
    /// The tag of a session whose narasumber is from LAN RI.
    case sessionLAN
    /// The tag of a session whose narasumber is from KemenPAN-RB.
    case sessionPAN
    /// The tag of a session whose narasumber is from BRIN.
    case sessionBRIN
    /// The tag of a session whose narasumber is from Kemendagri.
    case sessionDAGRI
    /// The tag of a session whose narasumber is from another institution.
    case sessionOther
    /// The filled part of a gauge.
    case bar
    case barEmpty
    case overlayBorder
    case overlayBackground
    case input
    case tabActive
    case tabInactive
    /// A hit of the current `/` search.
    case searchMatch

    /// Orders roles as declared, so lists and files are stable.
    public static func < (lhs: ThemeRole, rhs: ThemeRole) -> Bool {
        lhs.declarationIndex < rhs.declarationIndex
    }

    private var declarationIndex: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The role whose background this one is drawn on: it inherits missing colours from it,
    /// and must stay distinguishable from it when colours are degraded.
    public var drawnOn: ThemeRole? {
        switch self {
        case .base: nil
        case .statusKey, .flash: .statusLine
        case .headerBadge: .header
        case .overlayBorder: .overlayBackground
        default: .base
        }
    }

    /// The attributes that carry this role's meaning on a terminal without colour.
    public var defaultMono: TextAttributes {
        switch self {
        case .muted, .calendarWeekend, .barEmpty, .statusWithdrawn: [.dim]
        case .paneBorderFocused, .paneTitleFocused, .flash, .totalsRow, .statusApproved, .warning, .error,
            .calendarEvent, .overlayBorder, .headerBadge, .sessionLAN, .sessionPAN, .sessionBRIN, .sessionDAGRI:
            [.bold]
        case .header, .statusLine, .selection, .calendarSelected: [.reverse]
        case .statusKey, .tabActive: [.reverse, .bold]
        case .selectionUnfocused, .input, .statusRevision: [.underline]
        case .tableHeader, .overdue, .calendarToday, .searchMatch: [.bold, .underline]
        case .base, .paneBorder, .paneTitle, .stageInitiative, .stageTrial, .stageImplementation,
            .statusSubmitted, .statusInReview, .statusRejected, .ok, .bar, .overlayBackground, .tabInactive,
            .sessionOther:
            []
        }
    }
}
