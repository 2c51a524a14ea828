import InovasiCore

/// Field labels of the detail views and column headers of the panes; a word the command line
/// also prints is taken from the shared catalogs of `InovasiCore`, so it exists once.
enum LabelText {
    static let kind = Localized(id: "Jenis", en: "Kind")
    static let code = ColumnText.reportCode
    static let none = Localized(id: "Belum ada.", en: "None yet.")
    static let noMain = Localized(id: "belum punya inovasi utama", en: "no main innovation yet")
    static let status = ColumnText.queueStatus
    static let submitted = ProposalStatus.submitted.label
    static let opd = ColumnText.reportAgency
    static let division = Localized(id: "Bidang", en: "Division")
    static let proposer = Localized(id: "Pengusul", en: "Proposer")
    static let initiator = Localized(id: "Inisiator", en: "Initiator")
    static let form = Localized(id: "Bentuk", en: "Form")
    static let affair = Localized(id: "Urusan", en: "Government affair")
    static let budget = Localized(id: "Anggaran", en: "Budget")
    static let plannedTrial = Localized(id: "Rencana uji coba", en: "Planned trial")
    static let plannedImplementation = Localized(id: "Rencana penerapan", en: "Planned implementation")
    static let assignee = ColumnText.queueAssignee
    static let design = Localized(id: "Rancang bangun", en: "Design")
    static let goal = Localized(id: "Tujuan", en: "Goal")
    static let benefit = Localized(id: "Manfaat", en: "Benefit")
    static let expectedResult = Localized(id: "Hasil yang diharapkan", en: "Expected result")
    static let scores = Localized(id: "Nilai para penilai", en: "Reviewers' scores")
    static let noScores = Localized(id: "Belum dinilai.", en: "Not scored yet.")
    static let weighted = Localized(id: "Nilai tertimbang", en: "Weighted score")
    static let history = Localized(id: "Riwayat", en: "History")
    static let time = ColumnText.sessionTime
    static let place = ColumnText.sessionLocation
    static let mode = ColumnText.sessionMode
    static let speaker = ColumnText.sessionSpeaker
    static let servedAgencies = Localized(id: "OPD yang didampingi", en: "Agencies served")
    static let servedInnovations = Localized(id: "Inovasi yang didampingi", en: "Innovations served")
    static let notes = Localized(id: "Catatan", en: "Notes")
    static let detailView = Localized(id: "Tampilan rincian", en: "Detail view")

    // Columns of the OPD table
    static let columnName = ColumnText.reportAgency
    static let columnInitiative = Localized(id: "Inis", en: "Init")
    static let columnTrial = Localized(id: "Uji", en: "Trial")
    static let columnImplementation = Localized(id: "Terap", en: "Impl")
    static let columnWaiting = Localized(id: "Tunggu", en: "Wait")
    static let columnOverdue = Localized(id: "Lambat", en: "Late")
    static let columnMain = Localized(id: "Utama", en: "Main")
    static let columnDivisions = Localized(id: "Bidang", en: "Div")
    static let columnProgress = Localized(id: "Cakupan", en: "Coverage")
    // Columns of the queue
    static let columnAge = Localized(id: "Umur", en: "Age")
    static let columnStatus = ColumnText.queueStatus
    static let columnTitle = ColumnText.queueTitle
    static let columnScore = Localized(id: "Nilai", en: "Score")

    static func innovations(_ count: Int) -> Localized {
        Localized(id: "Inovasi (\(count))", en: "Innovations (\(count))")
    }

    static func proposals(_ count: Int) -> Localized {
        Localized(id: "Usulan (\(count))", en: "Proposals (\(count))")
    }

    static func sessions(_ count: Int) -> Localized {
        Localized(id: "Sesi pendampingan (\(count))", en: "Mentoring sessions (\(count))")
    }

    static func divisions(covered: Int, total: Int) -> Localized {
        Localized(
            id: "Bidang dengan inovasi utama: \(covered) dari \(total)",
            en: "Divisions with a main innovation: \(covered) of \(total)")
    }

    /// The name of a sort column.
    static func sortColumn(_ column: ProgressSortColumn) -> Localized {
        switch column {
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

    /// After a proposal's age in days: `12h` (hari), `12d`.
    static let dayUnit = Localized(id: "h", en: "d")
}

/// The catalog's former name, kept while the detail documents of another branch still use it.
typealias Labels = LabelText
