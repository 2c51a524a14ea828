import InovasiCore

/// Why a run could not measure what it set out to; the message names the step.
enum BenchFailure: Error {
    /// The generated store showed no queue or no OPD rows: nothing real would be measured.
    case emptyDashboard(String)
    /// A timed key left the dashboard as it was.
    case keyHadNoEffect(String)
    /// A store read failed while the dashboard ran.
    case loadFailed(String, String)
    /// Fewer proposals waiting than decisions to time.
    case notEnoughProposals(needed: Int, found: Int)
    /// A report came out empty.
    case emptyReport(String)
    /// The pseudo-terminal could not be opened or the dashboard not started on it.
    case terminal(String)
    /// A `--scales` value that is not a positive whole number.
    case badScale(String)
    /// The dashboard on the pseudo-terminal drew nothing.
    case noFirstFrame
    /// The dashboard on the pseudo-terminal did not end with status 0 after `q`.
    case dashboardExit(Int32)

    /// The message, in `language`.
    func message(_ language: Language) -> String {
        let text: Localized =
            switch self {
            case .emptyDashboard(let path):
                Localized(
                    id: "Dasbor pada \(path) kosong: tidak ada yang bisa diukur.",
                    en: "The dashboard on \(path) is empty: there is nothing to measure.")
            case .keyHadNoEffect(let metric):
                Localized(
                    id: "Tombol untuk \(metric) tidak mengubah dasbor; pengukurannya tidak berarti.",
                    en: "The key for \(metric) did not change the dashboard; timing it would mean nothing.")
            case .loadFailed(let step, let problem):
                Localized(
                    id: "Pembacaan data gagal pada langkah \(step): \(problem)",
                    en: "Reading the store failed at step \(step): \(problem)")
            case .notEnoughProposals(let needed, let found):
                Localized(
                    id: "Perlu \(needed) usulan berstatus Diajukan untuk mengukur keputusan, hanya ada \(found).",
                    en: "Timing decisions needs \(needed) submitted proposals; there are only \(found).")
            case .emptyReport(let format):
                Localized(id: "Laporan format \(format) kosong.", en: "The \(format) report is empty.")
            case .terminal(let detail):
                Localized(
                    id: "Pengukuran terminal semu gagal: \(detail)",
                    en: "The pseudo-terminal measurement failed: \(detail)")
            case .noFirstFrame:
                Localized(
                    id: "Dasbor di terminal semu tidak menggambar apa pun.",
                    en: "The dashboard on the pseudo-terminal drew nothing.")
            case .dashboardExit(let status):
                Localized(
                    id: "Dasbor di terminal semu berakhir dengan status \(status), bukan 0.",
                    en: "The dashboard on the pseudo-terminal ended with status \(status), not 0.")
            case .badScale(let value):
                Localized(
                    id: "Skala \"\(value)\" bukan bilangan bulat positif (contoh: --scales 1000,10000).",
                    en: "Scale \"\(value)\" is not a positive whole number (e.g. --scales 1000,10000).")
            }
        return text.text(language)
    }
}
