import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Makes Swift's crash reporter fit a program that may run unattended: a crash writes its
/// backtrace to standard error (the log file while the dashboard draws) and ends the process at
/// once, with a non-zero status a supervisor can act on, instead of waiting for a key.
///
/// The reporter reads `SWIFT_BACKTRACE` once, when the process starts, and on a terminal it
/// defaults to an interactive prompt on standard output. So the dashboard and the kiosk, before
/// anything else, start themselves again with the settings added when both standard input and
/// output are terminals (the only case in which it would prompt) and the variable does not already
/// say how to behave. Other commands keep their start-up time. See DECISIONS.md.
enum CrashReporting {
    /// The settings added to `SWIFT_BACKTRACE` where it does not name them.
    static let settings = [("interactive", "no"), ("output-to", "stderr"), ("color", "no")]

    /// The `SWIFT_BACKTRACE` the program needs, or nil when `current` is fine as it is: the
    /// reporter is off, or the person chose whether it interacts.
    static func adjusted(_ current: String?) -> String? {
        let entries = (current ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var given: [String: String] = [:]
        for entry in entries {
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.lowercased() }
            given[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        let off = ["no", "false", "off", "0"]
        if given["interactive"] != nil || off.contains(given["enable"] ?? "") { return nil }
        let added = settings.filter { given[$0.0] == nil }.map { "\($0.0)=\($0.1)" }
        return (entries + added).joined(separator: ",")
    }

    /// Replaces the process with itself under the adjusted `SWIFT_BACKTRACE` when the reporter
    /// could otherwise prompt; returns when nothing needs to change or the restart failed (the
    /// program then runs as before).
    static func restartIfNeeded() {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return }
        guard let value = adjusted(ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"]) else { return }
        guard let program = executablePath() else { return }
        setenv("SWIFT_BACKTRACE", value, 1)
        execv(program, CommandLine.unsafeArgv)
    }

    /// The running executable's real path. Executing `/proc/self/exe` itself would work too, but
    /// the process would then be named `exe` in `ps`, `top` and `pgrep`.
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
