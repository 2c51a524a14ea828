import InovasiCore

/// Words of the OPD progress pane: its column headings, sort orders and total row.
enum ProgressText {
    // Column headings of the OPD table
    static let columnName = ColumnText.reportAgency
    static let columnInitiative = Localized(id: "Inis", en: "Init")
    static let columnTrial = Localized(id: "Uji", en: "Trial")
    static let columnImplementation = Localized(id: "Terap", en: "Impl")
    static let columnWaiting = Localized(id: "Tunggu", en: "Wait")
    static let columnOverdue = Localized(id: "Lambat", en: "Late")
    static let columnMain = Localized(id: "Utama", en: "Main")
    static let columnDivisions = Localized(id: "Bidang", en: "Div")
    static let columnProgress = Localized(id: "Cakupan", en: "Coverage")
    // Column headings of the year mode (`y`): the year's figures, short
    static let columnProposals = Localized(id: "Usulan", en: "In")
    static let columnApproved = Localized(id: "Setuju", en: "Appr")
    static let columnRevision = Localized(id: "Revisi", en: "Rev")
    static let columnRejected = Localized(id: "Tolak", en: "Rej")
    static let columnReached = Localized(id: "→Terap", en: "→Impl")
    static let columnMoves = Localized(id: "Pindah", en: "Moves")
    static let columnStarted = Localized(id: "Mulai", en: "Start")

    static let total = Localized(id: "Total Kota", en: "City total")
    /// The OPD detail's session groups: coming ones soonest first, then past ones newest first.
    static let comingSessions = Localized(id: "Akan datang", en: "Coming")
    static let pastSessions = Localized(id: "Sudah lewat", en: "Past")

    static func sortedBy(_ column: Localized, descending: Bool) -> Localized {
        Localized(
            id: "urut: \(column.id)\(descending ? " ↓" : " ↑")", en: "sort: \(column.en)\(descending ? " ↓" : " ↑")")
    }
}

extension ProgressSortColumn {
    /// The column as the sort order names it in the pane title: "urut: nama ↑".
    var label: Localized {
        switch self {
        case .standard: Localized(id: "jenis OPD", en: "agency kind")
        case .name: Localized(id: "nama", en: "name")
        case .initiative: Localized(id: "inisiatif", en: "initiative")
        case .trial: Localized(id: "uji coba", en: "trial")
        case .implementation: Localized(id: "penerapan", en: "implementation")
        case .waiting: Localized(id: "menunggu", en: "waiting")
        case .overdue: Localized(id: "terlambat", en: "overdue")
        case .main: Localized(id: "inovasi utama", en: "main innovation")
        case .divisions: Localized(id: "cakupan bidang", en: "division coverage")
        }
    }
}
