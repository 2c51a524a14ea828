import InovasiCore

/// The words of `inovasi iid rules` and `inovasi iid check`.
enum IIDRulesText {
    static let command = Localized(
        id: "Indeks Inovasi Daerah (IID): aturan penilaian per tahun.",
        en: "Indeks Inovasi Daerah (IID): the assessment rules per year.")
    static let rulesCommand = Localized(
        id: "Menampilkan aturan IID suatu tahun: indikator, bobot, pembagi, predikat, rentang pelaporan.",
        en: "Show a year's IID rules: indicators, weights, divisor, predicates, reporting window.")
    static let checkCommand = Localized(
        id: "Memeriksa berkas aturan IID (keluar 1 dengan baris dan kunci bila salah).",
        en: "Check an IID rules file (exit 1 naming the line and key when wrong).")
    static let yearOption = Localized(
        id: "Tahun penilaian (bawaan: tahun ini).", en: "Assessment year (default: this year).")
    static let fileOption = Localized(id: "Berkas aturan IID (YAML).", en: "IID rules file (YAML).")
    static let formatOption = Localized(id: "Format keluaran.", en: "Output format.")
    static let notYAML = Localized(id: "bukan YAML yang sah", en: "is not valid YAML")

    static func heading(_ year: Int) -> Localized {
        Localized(id: "Aturan IID penilaian \(year)", en: "IID rules of the \(year) assessment")
    }
    static func shippedName(_ year: Int) -> Localized {
        Localized(id: "iid/\(year).yaml bawaan", en: "shipped iid/\(year).yaml")
    }
    static func noRules(year: Int, known: String, folder: String) -> Localized {
        Localized(
            id: "Tidak ada aturan IID untuk tahun \(year). Tahun yang ada: \(known). Tambahkan \(folder)/\(year).yaml.",
            en: "No IID rules for the year \(year). Years known: \(known). Add \(folder)/\(year).yaml.")
    }
    static func yearMismatch(file: String, year: Int, found: Int) -> Localized {
        Localized(
            id: "Berkas aturan IID \(file) untuk tahun \(year) berisi year: \(found)",
            en: "IID rules file \(file) for the year \(year) holds year: \(found)")
    }
    static func clean(file: String, year: Int) -> Localized {
        Localized(
            id: "Berkas aturan IID \(file) baik (tahun \(year)).", en: "IID rules file \(file) is OK (year \(year)).")
    }

    static let source = Localized(id: "Sumber", en: "Source")
    static let verifiedLabel = Localized(id: "Terverifikasi", en: "Verified")
    static let unverified = Localized(id: "belum diverifikasi", en: "not verified")
    static let unknown = Localized(id: "belum diketahui", en: "not known yet")
    static let maxTotal = Localized(id: "Total maksimum", en: "Maximum total")
    static let divisor = Localized(id: "Pembagi minimum", en: "Minimum divisor")
    static let numberScore = Localized(id: "Skor jumlah inovasi", en: "Number-of-innovations score")
    static func perInnovation(_ points: String, cap: Int) -> Localized {
        Localized(id: "\(points) per inovasi, sampai \(cap) inovasi", en: "\(points) per innovation, up to \(cap)")
    }
    static let affairs = Localized(
        id: "Urusan pelayanan dasar (tanpa salah satu: skor jumlah 0)",
        en: "Basic-service affairs (one missing: number score 0)")
    static let predicates = Localized(id: "Predikat", en: "Predicates")
    static let window = Localized(id: "Rentang pelaporan", en: "Reporting window")
    static let missing = Localized(id: "Bagian yang belum ada", en: "Sections not given")
    static let spd = Localized(id: "SPD: indikator daerah", en: "SPD: indicators of the region")
    static let sid = Localized(id: "SID: indikator per inovasi", en: "SID: indicators per innovation")
    static func maximum(_ points: String) -> Localized { Localized(id: "maks. \(points)", en: "max \(points)") }
    static let numberColumn = Localized(id: "No", en: "No.")
    static let nameColumn = Localized(id: "Indikator", en: "Indicator")
    static let weightColumn = Localized(id: "Bobot", en: "Weight")
    static let mandatoryColumn = Localized(id: "Wajib", en: "Mandatory")
    static func level(_ number: Int) -> Localized { Localized(id: "Tingkat \(number)", en: "Level \(number)") }
    static let stageRequired = Localized(id: "Tahap yang disyaratkan", en: "Stage required")
    static let anyStage = Localized(id: "tahap apa pun", en: "any stage")
    static let lastOfficial = Localized(
        id: "Hasil resmi terakhir (di samping perkiraan)", en: "Last official result (beside the estimate)")
    static func official(_ index: String, predicate: String, year: Int) -> Localized {
        Localized(id: "\(index) \(predicate), penilaian \(year)", en: "\(index) \(predicate), \(year) assessment")
    }
    static let fromEnactment = Localized(
        id: "Level dibaca dari penetapan inovasi (bukan diisi)",
        en: "Level read from the innovation's penetapan (not entered)")
    static let yes = Localized(id: "ya", en: "yes")
    static let no = Localized(id: "tidak", en: "no")
}
