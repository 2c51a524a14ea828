import Foundation

extension Store {
    /// How long a write from the dashboard waits for another process's write lock before it is
    /// refused with `.locked`.
    ///
    /// The dashboard handles one key at a time: with the commands' 5 s every key behind a refused
    /// write waited 5 s. Reads never wait (WAL readers take no lock a writer holds); a write that
    /// cannot get the lock this quickly is refused, the status line says the file is locked, and
    /// the person tries again. Other dashboards' transactions last milliseconds, well inside this.
    public static let interactiveBusyTimeout: TimeInterval = 0.3
}
