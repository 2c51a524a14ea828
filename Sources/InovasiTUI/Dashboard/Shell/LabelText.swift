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
    static let recommendation = Localized(id: "Rekomendasi", en: "Recommendation")
    /// Before the proposal's recommendation on the mean of its reviewers' scores per criterion.
    static func proposalRecommendation(_ count: Int) -> Localized {
        Localized(
            id: "Rekomendasi usulan (rata-rata \(count) penilai per kriteria):",
            en: "Proposal's recommendation (mean of \(count) reviewer\(count == 1 ? "" : "s") per criterion):")
    }
    static let history = Localized(id: "Riwayat", en: "History")
    static let time = ColumnText.sessionTime
    static let place = ColumnText.sessionLocation
    static let mode = ColumnText.sessionMode
    static let speaker = ColumnText.sessionSpeaker
    static let servedAgencies = Localized(id: "OPD yang didampingi", en: "Agencies served")
    static let servedInnovations = Localized(id: "Inovasi yang didampingi", en: "Innovations served")
    static let notes = Localized(id: "Catatan", en: "Notes")
    static let detailView = Localized(id: "Tampilan rincian", en: "Detail view")

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

}
