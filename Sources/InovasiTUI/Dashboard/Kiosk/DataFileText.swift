import Foundation
import InovasiCore

/// The kiosk's warning when its data file is gone, cut or replaced: the problem first, then the
/// file's name and how old the picture on screen is, in both languages.
enum DataFileText {
    /// The status-line warning for `status`; `asOf` is the time of the data still shown.
    static func warning(_ status: DataFileStatus, asOf: String) -> Localized {
        let (problem, path) = parts(status)
        let name = (path as NSString).lastPathComponent
        return Localized(
            id: "\(problem.id): \(name) · tampil data per \(asOf) · dicoba lagi tiap detik",
            en: "\(problem.en): \(name) · showing data as of \(asOf) · retrying every second")
    }

    static func parts(_ status: DataFileStatus) -> (Localized, String) {
        switch status {
        case .missing(let path):
            (
                Localized(
                    id: "Berkas data hilang (dipindah, diganti nama atau dihapus)",
                    en: "Data file gone (moved, renamed or deleted)"), path
            )
        case .truncated(let path):
            (Localized(id: "Berkas data terpotong", en: "Data file truncated"), path)
        case .unreadable(let path, let problem):
            (
                Localized(
                    id: "Berkas data diganti dengan berkas yang tak terbaca (\(problem.id))",
                    en: "Data file replaced by one that cannot be read (\(problem.en))"), path
            )
        case .unchanged, .reopened:
            (Localized(verbatim: ""), "")
        }
    }
}
