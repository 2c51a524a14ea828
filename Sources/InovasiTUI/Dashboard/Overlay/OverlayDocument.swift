import InovasiCore

/// The lines of an overlay at a width: shared by the reducer (scroll limits, search) and the view.
enum OverlayDocument {
    static func build(_ kind: OverlayKind, state: DashboardState, width: Int) -> [DocLine] {
        let inner = max(10, width - 4)
        switch kind {
        case .agency(let detail): return AgencyDocument.lines(detail, state: state, width: inner)
        case .proposal(let detail): return ProposalDocument.lines(detail, state: state, width: inner)
        case .sessions(let detail): return SessionsDocument.lines(detail, state: state, width: inner)
        case .help: return HelpDocument.lines(state: state, width: inner)
        }
    }

    /// The overlay's title.
    static func title(_ kind: OverlayKind, language: Language) -> String {
        switch kind {
        case .agency(let detail): detail.agency.name
        case .proposal(let detail): "#\(detail.proposal.id) \(detail.proposal.title)"
        case .sessions(let detail): DateText.long(detail.day, language)
        case .help: DashboardText.helpTitle.text(language)
        }
    }
}
