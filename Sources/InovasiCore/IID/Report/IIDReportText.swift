/// The words of the IID estimate and the briefing (`inovasi iid`, point 3–6 of issue 15).
public enum IIDReportText {
    /// The estimate's heading.
    public static func heading(_ year: Int, city: String) -> Localized {
        Localized(
            id: "Perkiraan Indeks Inovasi Daerah \(year) — \(city)",
            en: "Estimated Indeks Inovasi Daerah \(year) — \(city)")
    }
    /// The briefing's heading.
    public static func briefingHeading(_ year: Int, city: String) -> Localized {
        Localized(
            id: "Laporan singkat untuk Wali Kota: IID \(year) \(city)",
            en: "Briefing for the Wali Kota: IID \(year) of \(city)")
    }
    /// What the estimate is, under the heading.
    public static let basis = Localized(
        id: "Dihitung dari bukti yang tercatat di inovasi, dengan aturan tahun ini; bukan hasil resmi.",
        en: "Computed from the evidence recorded in inovasi under this year's rules; not an official result.")
    /// The OPD the actions and innovations are limited to.
    public static func onlyAgency(_ name: String) -> Localized {
        Localized(
            id: "Inovasi dan langkah hanya untuk \(name); indeks tetap indeks kota.",
            en: "Innovations and actions of \(name) only; the index is still the city's.")
    }
    /// Labels of the estimate's lines.
    public static let index = Localized(id: "Perkiraan indeks", en: "Estimated index")
    /// The SPD line.
    public static let spd = Localized(id: "Skor SPD", en: "SPD score")
    /// The maturity line.
    public static let maturity = Localized(id: "Rata-rata kematangan", en: "Maturity average")
    /// The number score line.
    public static let number = Localized(id: "Skor jumlah inovasi", en: "Number score")
    /// The total line.
    public static let total = Localized(id: "Total", en: "Total score")
    /// The last official result line.
    public static let lastOfficial = Localized(id: "Hasil resmi terakhir", en: "Last official result")
    /// The next predicate line.
    public static let next = Localized(id: "Predikat berikutnya", en: "Next predicate")
    /// The affairs check line.
    public static let affairs = Localized(id: "Urusan pelayanan dasar", en: "Basic-service affairs")
    /// `a of b`.
    public static func outOf(_ value: String, _ maximum: String) -> Localized {
        Localized(id: "\(value) dari \(maximum)", en: "\(value) of \(maximum)")
    }
    /// The maturity average's parts.
    public static func maturityParts(sum: String, divisor: Int, sent: Int) -> Localized {
        Localized(
            id: "jumlah SID \(sum) / pembagi \(divisor); \(sent) inovasi dikirim",
            en: "SID sum \(sum) / divisor \(divisor); \(sent) innovations sent")
    }
    /// Every affair covered.
    public static let affairsComplete = Localized(id: "semua terisi", en: "all covered")
    /// Affairs without an innovation: the number score is lost.
    public static func affairsMissing(_ list: String) -> Localized {
        Localized(
            id: "kosong: \(list) — skor jumlah inovasi menjadi 0",
            en: "empty: \(list) — the number score is 0")
    }
    /// The next band and the gap.
    public static func gap(_ name: String, from: String, missing: String) -> Localized {
        Localized(
            id: "\(name) mulai \(from): kurang \(missing) poin indeks",
            en: "\(name) from \(from): \(missing) index points to go")
    }
    /// At the top band.
    public static let top = Localized(id: "sudah predikat tertinggi", en: "already the highest predicate")
    /// No predicate band.
    public static let noPredicate = Localized(id: "tanpa predikat", en: "no predicate")
    /// A result and its year.
    public static func official(_ index: String, predicate: String, year: Int) -> Localized {
        Localized(id: "\(index) (\(predicate), penilaian \(year))", en: "\(index) (\(predicate), \(year) assessment)")
    }
    /// The innovations' section.
    public static let innovations = Localized(id: "Inovasi", en: "Innovations")
    /// No innovation recorded (a store made by `init`, or an OPD without any).
    public static let noInnovations = Localized(
        id: "Belum ada inovasi yang tercatat.", en: "No innovation recorded yet.")
    /// The actions' section.
    public static func actions(_ count: Int) -> Localized {
        Localized(id: "Langkah paling bernilai (\(count) teratas)", en: "Most valuable actions (top \(count))")
    }
    /// The missing evidence's section.
    public static let missingPerAgency = Localized(
        id: "Bukti wajib yang masih kurang per OPD", en: "Mandatory evidence still missing per OPD")
    /// No action raises the index.
    public static let noActions = Localized(
        id: "Tidak ada langkah yang menaikkan indeks.", en: "No action raises the index.")
    /// No mandatory evidence missing.
    public static let noneMissing = Localized(
        id: "Semua inovasi yang dikirim punya bukti wajib.", en: "Every innovation sent has its mandatory evidence.")
    /// Column titles.
    public static let rankColumn = Localized(id: "Urutan", en: "Rank")
    /// The gain column.
    public static let gainColumn = Localized(id: "+ Indeks", en: "+ Index")
    /// The action column.
    public static let actionColumn = Localized(id: "Langkah", en: "Action")
    /// The innovation column.
    public static let innovationColumn = Localized(id: "Inovasi", en: "Innovation")
    /// The state column.
    public static let stateColumn = Localized(id: "Keadaan", en: "State")
    /// The SID column.
    public static func sidColumn(_ maximum: String) -> Localized {
        Localized(id: "SID (dari \(maximum))", en: "SID (of \(maximum))")
    }
    /// The missing mandatory column.
    public static let missingColumn = Localized(id: "Bukti wajib kurang", en: "Mandatory evidence missing")
    /// The whole city, as the OPD of a step of the region.
    public static let city = Localized(id: "kota", en: "city")
    /// A gain too small to show in hundredths.
    public static let tiny = Localized(id: "< 0,01", en: "< 0.01")
}
