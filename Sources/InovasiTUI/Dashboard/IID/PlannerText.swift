import InovasiCore

/// The words of the IID planner (`i`) and its what-if mode.
enum PlannerText {
    /// `i`.
    static let open = Localized(id: "perencana IID", en: "IID planner")
    /// `i` in an OPD's detail.
    static let openAgency = Localized(id: "perencana IID OPD ini", en: "this OPD's IID planner")
    /// `o` in the planner.
    static let scope = Localized(id: "kota/OPD berikutnya", en: "city/next OPD")
    /// `w` in the planner.
    static let whatIfKey = Localized(id: "mode andaikan (tanpa simpan)", en: "what-if mode (nothing saved)")
    /// `Enter` in the planner.
    static let changeLevels = Localized(
        id: "ubah level inovasi (andaikan)", en: "change the innovation's levels (what-if)")
    /// The overlay's title.
    static func title(_ year: Int) -> Localized {
        Localized(id: "Perencana IID \(year) · kota", en: "IID planner \(year) · city")
    }
    /// The overlay's title narrowed to an OPD.
    static func agencyTitle(_ year: Int, _ agency: String) -> Localized {
        Localized(id: "Perencana IID \(year) · \(agency)", en: "IID planner \(year) · \(agency)")
    }
    /// The what-if banner.
    static func whatIfBanner(_ count: Int) -> Localized {
        Localized(
            id: "ANDAIKAN, TIDAK DISIMPAN · level diubah: \(count) · w keluar dan membuang",
            en: "WHAT-IF, NOT SAVED · levels changed: \(count) · w leaves and discards")
    }
    /// The title's mark while the what-if mode is on, so it shows however far the view is scrolled.
    static let whatIfTag = Localized(id: "ANDAIKAN, tidak disimpan", en: "WHAT-IF, not saved")
    /// `Enter` in the what-if mode with no innovation under the cursor.
    static let pickInnovation = Localized(
        id: "Pilih inovasi di daftar bawah (j/k) lalu Enter",
        en: "Pick an innovation in the list below (j/k), then Enter")
    /// The flash on leaving the what-if mode.
    static let whatIfDiscarded = Localized(
        id: "Mode andaikan selesai: perubahan dibuang", en: "What-if mode left: changes discarded")
    /// The flash on entering it.
    static let whatIfStarted = Localized(
        id: "Mode andaikan: Enter pada inovasi mengubah levelnya, tidak ada yang disimpan",
        en: "What-if mode: Enter on an innovation changes its levels, nothing is saved")
    /// Enter outside the what-if mode.
    static let whatIfFirst = Localized(
        id: "Tekan w untuk mode andaikan dulu", en: "Press w for the what-if mode first")
    /// The estimate's heading.
    static let estimate = Localized(id: "Perkiraan", en: "Estimate")
    static let spd = Localized(id: "Skor SPD", en: "SPD score")
    static let maturity = Localized(id: "Rata-rata kematangan", en: "Maturity average")
    /// The divisor beside the maturity average.
    static func divisor(_ sum: String, _ divisor: Int, _ sent: Int) -> Localized {
        Localized(
            id: "jumlah skor SID \(sum) : \(divisor) (\(sent) inovasi dikirim)",
            en: "SID scores' sum \(sum) : \(divisor) (\(sent) innovations sent)")
    }
    static let number = Localized(id: "Skor jumlah inovasi", en: "Number score")
    /// Every basic-service affair covered.
    static let affairsCovered = Localized(
        id: "semua urusan pelayanan dasar tercakup", en: "every basic-service affair covered")
    /// The affairs without an innovation.
    static func affairsMissing(_ list: String) -> Localized {
        Localized(
            id: "0: urusan pelayanan dasar tanpa inovasi: \(list)",
            en: "0: basic-service affairs without an innovation: \(list)")
    }
    static let total = Localized(id: "Total skor", en: "Total score")
    static let index = Localized(id: "Indeks", en: "Index")
    static let lastOfficial = Localized(id: "Hasil resmi terakhir", en: "Last official result")
    static let nextPredicate = Localized(id: "Predikat berikutnya", en: "Next predicate")
    /// The gap to the next predicate.
    static func gap(_ name: String, _ from: String, _ points: String) -> Localized {
        Localized(
            id: "\(name) mulai \(from): kurang \(points) poin indeks",
            en: "\(name) from \(from): \(points) index points to go")
    }
    /// At the top band.
    static let topBand = Localized(id: "sudah di predikat tertinggi", en: "already in the top predicate")
    /// "of 111".
    static func of(_ value: String, _ maximum: String) -> Localized {
        Localized(id: "\(value) dari \(maximum)", en: "\(value) of \(maximum)")
    }
    /// Below every band.
    static let noPredicate = Localized(id: "di bawah semua predikat", en: "below every predicate")
    /// The year's file lacks what the estimate needs.
    static func incomplete(_ list: String) -> Localized {
        Localized(
            id: "Aturan tahun ini belum lengkap, perkiraan tidak dihitung: \(list)",
            en: "This year's rules are incomplete, no estimate computed: \(list)")
    }
    /// The actions' heading.
    static let actions = Localized(id: "Langkah paling bernilai", en: "Most valuable actions")
    static let noActions = Localized(id: "tidak ada langkah yang menambah indeks", en: "no action adds to the index")
    /// The innovations' heading.
    static func innovations(_ count: Int) -> Localized {
        Localized(id: "Inovasi dan yang kurang (\(count))", en: "Innovations and what they miss (\(count))")
    }
    /// A row's mandatory evidence missing.
    static func missing(_ names: String) -> Localized {
        Localized(id: "bukti wajib kurang: \(names)", en: "mandatory evidence missing: \(names)")
    }
}
