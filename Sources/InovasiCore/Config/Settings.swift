import Foundation

/// Everything a city may change without touching code: name, zone, review rules, language.
public struct Settings: Codable, Hashable, Sendable {
    /// Shown in the header, e.g. "Kota Cilegon".
    public var cityName: String
    /// IANA zone for display; times are stored in UTC.
    public var timeZoneIdentifier: String
    /// The language people read unless they ask for another (`--lang`, or `L` in the dashboard).
    public var language: Language
    /// A waiting proposal older than this many days is overdue.
    public var overdueDays: Int
    /// Criterion weights, minimums (each criterion a gate) and the approval threshold the review
    /// recommendation follows.
    public var scoring: ScoringRules
    /// Urusan the office offers; the config may extend it.
    public var affairs: [String]
    /// Seconds between pane changes in the kiosk.
    public var kioskInterval: Int
    /// The kiosk's repaints, burn-in moves and unlock sequence (`kiosk:`).
    public var kiosk: KioskSettings = .standard

    /// Defaults for Kota Cilegon.
    public static let standard = Settings(
        cityName: "Kota Cilegon", timeZoneIdentifier: "Asia/Jakarta", language: .id,
        overdueDays: 14, scoring: .standard, affairs: Settings.standardAffairs, kioskInterval: 20)

    /// Seconds `kioskInterval` (and `kiosk --interval`) may be: one second to one day.
    public static let kioskIntervalRange = 1...86_400

    /// The common urusan of a kota.
    public static let standardAffairs = [
        "pendidikan", "kesehatan", "pekerjaan umum dan penataan ruang",
        "perumahan rakyat dan kawasan permukiman", "ketenteraman dan ketertiban umum",
        "sosial", "tenaga kerja", "pemberdayaan perempuan dan perlindungan anak", "pangan",
        "lingkungan hidup", "administrasi kependudukan dan pencatatan sipil",
        "pemberdayaan masyarakat dan desa", "pengendalian penduduk dan keluarga berencana",
        "perhubungan", "komunikasi dan informatika", "koperasi dan usaha kecil menengah",
        "penanaman modal", "kepemudaan dan olahraga", "statistik", "persandian", "kebudayaan",
        "perpustakaan", "kearsipan", "pertanian", "perikanan", "pariwisata", "perdagangan",
        "perindustrian", "keuangan", "kepegawaian", "perencanaan", "penelitian dan pengembangan",
        "pengawasan", "kebencanaan", "kebakaran",
    ]

    public init(
        cityName: String, timeZoneIdentifier: String, language: Language, overdueDays: Int,
        scoring: ScoringRules, affairs: [String], kioskInterval: Int
    ) {
        self.cityName = cityName
        self.timeZoneIdentifier = timeZoneIdentifier
        self.language = language
        self.overdueDays = overdueDays
        self.scoring = scoring
        self.affairs = affairs
        self.kioskInterval = kioskInterval
    }

    /// The display zone; falls back to WIB (UTC+7) when the identifier is unknown.
    public var timeZone: TimeZone {
        TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
    }
}
