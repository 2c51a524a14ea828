/// Words of the monthly trend, shared by `inovasi report --trend` and the OPD detail.
public enum TrendText {
    /// The name of a series, as a row or column heading.
    public static func series(_ series: MonthlyTrend.Series) -> Localized {
        switch series {
        case .proposals: Localized(id: "Masuk", en: "In")
        case .decisions: Localized(id: "Keputusan", en: "Decisions")
        case .stageMoves: YearText.stageMoves
        }
    }

    /// Column of the month in the trend table.
    public static let month = Localized(id: "Bulan", en: "Month")
    /// Column of the approvals, one of the three decisions apart.
    public static let approved = Localized(id: "Setuju", en: "Appr.")
    /// Column of the requests for revision.
    public static let revisions = Localized(id: "Revisi", en: "Revis.")
    /// Column of the rejections.
    public static let rejected = Localized(id: "Tolak", en: "Rej.")

    /// The row of the sums under the trend table.
    public static let total = Localized(id: "Jumlah", en: "Total")

    /// A month as a row heading: `Des 2026`.
    public static func month(_ month: YearMonth, _ language: Language) -> String {
        DateText.shortMonthName(month.month, language) + " " + String(month.year)
    }

    /// The OPD detail's heading: how many months the trend covers.
    public static func heading(months: Int) -> Localized {
        Localized(id: "Tren \(months) bulan", en: "\(months)-month trend")
    }

    /// The note under a trend: what each series counts.
    public static let note = Localized(
        id: "Masuk: usulan menurut tanggal diajukan. Keputusan: disetujui, perlu revisi atau ditolak, "
            + "tanpa yang dibatalkan. Pindah tahap: perubahan tahap inovasi (maju atau mundur).",
        en: "In: proposals by the day they were submitted. Decisions: approved, revision requested or "
            + "rejected, leaving out those undone. Stage moves: an innovation's change of stage (on or back).")

    /// Title of `report --trend`: whose trend, over which months.
    public static func title(city: String, scope: String, from: String, to: String) -> Localized {
        Localized(
            id: "\(city) — tren bulanan \(scope), \(from) s.d. \(to)",
            en: "\(city) — monthly trend of \(scope), \(from) to \(to)")
    }

    /// The scope of a trend over every OPD.
    public static let wholeCity = Localized(id: "seluruh OPD", en: "every agency")
}
