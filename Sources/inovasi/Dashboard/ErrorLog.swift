import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Sends standard error to a log file while the dashboard draws, so a warning or a crash's
/// backtrace never lands on the screen, and puts it back afterwards.
final class ErrorLog {
    private let saved: Int32
    private var isRestored = false
    /// The log file, for the message that points at it.
    let path: String

    /// Redirects standard error to `path` (appending, mode 0600), or returns nil when it cannot;
    /// the dashboard then runs with standard error as it was.
    init?(path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let file = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard file >= 0 else { return nil }
        let copy = dup(STDERR_FILENO)
        guard copy >= 0, dup2(file, STDERR_FILENO) >= 0 else {
            close(file)
            if copy >= 0 { close(copy) }
            return nil
        }
        close(file)
        saved = copy
        self.path = path
        let stamp = ISO8601DateFormatter().string(from: Date())
        FileHandle.standardError.write(Data("--- inovasi \(stamp) pid \(getpid())\n".utf8))
    }

    /// Puts standard error back on the terminal; later calls do nothing.
    func restore() {
        guard !isRestored else { return }
        isRestored = true
        dup2(saved, STDERR_FILENO)
        close(saved)
    }
}
