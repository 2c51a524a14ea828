import InovasiCore

/// The kiosk's short freshness warnings, made to fit a header line beside "data per 10.42".
enum KioskStatusText {
    static let fileGone = Localized(id: "Berkas data hilang", en: "Data file gone")
    static let fileCut = Localized(id: "Berkas data terpotong", en: "Data file cut short")
    static let fileReplaced = Localized(id: "Berkas data diganti, tak terbaca", en: "Data file replaced, unreadable")
    static let dataUnreadable = Localized(id: "Data tak terbaca", en: "Data cannot be read")

    /// The short warning for a file problem; nil when the file is fine.
    static func warning(_ status: DataFileStatus) -> Localized? {
        switch status {
        case .missing: fileGone
        case .truncated: fileCut
        case .unreadable: fileReplaced
        case .unchanged, .reopened: nil
        }
    }
}
