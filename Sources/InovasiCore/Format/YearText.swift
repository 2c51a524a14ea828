/// Words of a reporting year (``YearFigures``): its column headings, shared by `inovasi report
/// --year`, the yearly report and the dashboard's year mode.
public enum YearText {
    /// "Tahun 2026": a pane's or a report's name for the year shown.
    public static func year(_ year: ReportingYear) -> Localized {
        Localized(id: "Tahun \(year.value)", en: "Year \(year.value)")
    }

    /// The dashboard's choice that shows today's table again.
    public static let allYears = Localized(id: "Semua tahun", en: "All years")

    /// Proposals submitted in the year.
    public static let proposalsIn = Localized(id: "Usulan masuk", en: "Proposals in")
    /// Innovations that reached penerapan in the year.
    public static let reachedImplementation = Localized(id: "Capai penerapan", en: "Reached penerapan")
    /// Innovations that reached uji coba in the year.
    public static let reachedTrial = Localized(id: "Capai uji coba", en: "Reached uji coba")
    /// Stage moves in the year.
    public static let stageMoves = Localized(id: "Pindah tahap", en: "Stage moves")
    /// Moves back to an earlier stage in the year.
    public static let movedBack = Localized(id: "Mundur tahap", en: "Moved back")
    /// Innovations started in the year.
    public static let innovationsStarted = Localized(id: "Inovasi dimulai", en: "Innovations started")

    /// The heading of a year column (`--sort` name in ``ReportSortColumn/yearColumns``).
    public static func heading(_ column: ReportSortColumn) -> Localized {
        switch column {
        case .approved: ProposalStatus.approved.label
        case .revision: ProposalStatus.revisionRequested.label
        case .rejected: ProposalStatus.rejected.label
        case .reached: reachedImplementation
        case .moves: stageMoves
        case .started: innovationsStarted
        default: proposalsIn
        }
    }
}
