import InovasiCore

/// An overlay's lines at one width in one language, built once and kept in the ``Overlay`` until
/// something they show changes (their ``Inputs``): the reducer counts, scrolls and searches these
/// lines and the view draws them, so a key press never builds them again.
public struct OverlayDocument: Hashable, Sendable {
    /// The lines, wrapped to the overlay's width.
    public let lines: [DocLine]
    /// Indices of the lines that name an item, in order: where the cursor can stop.
    public let itemLines: [Int]
    /// What the lines were built from; when the state gives other inputs they are built again.
    let inputs: Inputs

    /// Builds the document of `kind` for `inputs`, which must be those of `state`.
    init(_ kind: OverlayKind, state: DashboardState, inputs: Inputs) {
        self.inputs = inputs
        let lines = Self.build(kind, state: state, width: inputs.width)
        self.lines = lines
        self.itemLines = lines.indices.filter { lines[$0].item != nil }
    }

    /// The lines of an overlay on a screen `width` columns wide.
    static func build(_ kind: OverlayKind, state: DashboardState, width: Int) -> [DocLine] {
        let inner = max(10, width - 4)
        switch kind {
        case .agency(let detail): return AgencyDocument.lines(detail, state: state, width: inner)
        case .proposal(let detail): return ProposalDocument.lines(detail, state: state, width: inner)
        case .sessions(let detail): return SessionsDocument.lines(detail, state: state, width: inner)
        case .help: return HelpDocument.lines(state: state, width: inner)
        case .audit(let page): return AuditDocument.lines(page, state: state, width: inner)
        case .auditEntry(let entry): return AuditDocument.entryLines(entry, state: state, width: inner)
        case .admin(let data): return AdminDocument.lines(data, state: state, width: inner)
        case .adminAgency(let detail): return AdminDocument.agencyLines(detail, state: state, width: inner)
        case .planner(let view): return PlannerDocument.lines(view, state: state, width: inner)
        }
    }

    /// The overlay's title.
    static func title(_ kind: OverlayKind, language: Language) -> String {
        switch kind {
        case .agency(let detail): detail.agency.name
        case .proposal(let detail): "#\(detail.proposal.id) \(detail.proposal.title)"
        case .sessions(let detail): DateText.long(detail.day, language)
        case .help: DashboardText.helpTitle.text(language)
        case .audit: AuditText.title.text(language)
        case .auditEntry(let entry): AuditText.entryTitle(entry.id).text(language)
        case .admin: AdminText.title.text(language)
        case .adminAgency(let detail): AdminText.agencyTitle(detail.agency.name).text(language)
        case .planner(let view): PlannerDocument.title(view, language)
        }
    }
}

extension OverlayDocument {
    /// Everything an overlay's lines depend on. The state changes on every key and tick; these
    /// few values change only on a reload, a resize, `L`, a new day of age, or (for the help) a
    /// different key map or context under it.
    struct Inputs: Hashable, Sendable {
        /// The overlay's ``Overlay/revision``: a reloaded detail is a new one.
        var revision: Int
        /// The screen's width, which the lines are wrapped to.
        var width: Int
        /// The language the lines are written in.
        var language: Language
        /// A proposal's age in whole days, which decides the age and the overdue mark it shows.
        var age: Int?
        /// The context under the help, whose bindings it lists.
        var helpContext: KeyContext?
        /// The key map the help is read from.
        var keyMap: KeyMap?

        /// The inputs of `overlay`'s lines in `state`.
        init(_ overlay: Overlay, state: DashboardState) {
            revision = overlay.revision
            width = state.size.width
            language = state.language
            switch overlay.kind {
            case .proposal(let detail):
                age = detail.proposal.ageInDays(now: state.now)
            case .help:
                helpContext = HelpDocument.context(below: state)
                keyMap = state.context.keyMap
            case .agency, .sessions, .audit, .auditEntry, .admin, .adminAgency, .planner:
                break
            }
        }
    }
}
