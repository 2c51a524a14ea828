/// Why a tmux-driven test step failed, with what the screen showed, so a failure explains itself.
public enum TmuxError: Error, CustomStringConvertible {
    /// `posix_spawnp` could not start the program.
    case spawnFailed(String, errno: Int32)
    /// A tmux command exited with a non-zero status.
    case commandFailed([String], status: Int32, output: String)
    /// The awaited condition did not hold before the deadline.
    case timeout(String, screen: String)
    /// tmux answered something unexpected.
    case unexpectedAnswer(String)

    /// A readable account for the test log.
    public var description: String {
        switch self {
        case .spawnFailed(let program, let errno): "could not start \(program) (errno \(errno))"
        case .commandFailed(let arguments, let status, let output):
            "tmux \(arguments.joined(separator: " ")) exited \(status): \(output)"
        case .timeout(let what, let screen): "timed out waiting for \(what); the screen was:\n\(screen)"
        case .unexpectedAnswer(let answer): "unexpected answer from tmux: \(answer)"
        }
    }
}
