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
    /// An import of the data figures added fewer rows than its file holds.
    case importShort(Int)
    /// The store's own calendar file, imported back, did not find every session unchanged.
    case calendarChanged(expected: Int, unchanged: Int)

    /// The message, in `language`.
    func message(_ language: Language) -> String {
        text.text(language)
    }
}
