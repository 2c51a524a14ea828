import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Starts a program the way a terminal test needs: clean signals, output to a file, no stray fds.
///
/// `Foundation.Process` is not used: tmux forks a server that inherits the output pipe, and
/// `waitUntilExit` then hangs until that server exits. A child of the test runner would also
/// inherit its blocked signals (SIGINT, SIGTERM, SIGWINCH), so the mask is emptied and every
/// handler set back to the default.
public enum ChildProcess {
    /// Runs `program` (looked up in `PATH`) with `arguments` and `environment`, stdin from
    /// `/dev/null`, stdout and stderr to `output`; waits for it and returns its exit status.
    public static func run(
        _ program: String, arguments: [String], environment: [String: String], output: URL
    ) throws -> Int32 {
        let pid = try spawn(program, arguments: arguments, environment: environment, output: output)
        return waitForExit(pid)
    }

    /// Starts `program` without waiting; the caller must reap it with ``waitForExit(_:)``.
    public static func spawn(
        _ program: String, arguments: [String], environment: [String: String], output: URL
    ) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        closeInheritedDescriptors(&actions)

        let argv = CStringArray([program] + arguments)
        let envp = CStringArray(environment.map { "\($0.key)=\($0.value)" })
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, program, &actions, &attributes, argv.pointers, envp.pointers)
        guard result == 0 else { throw TmuxError.spawnFailed(program, errno: result) }
        return pid
    }

    /// Closes descriptors from 3 up in the child, so it holds none of the test runner's files.
    ///
    /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34) is hidden behind `_GNU_SOURCE`,
    /// so it is looked up at run time; without it each open descriptor is closed one by one.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap({ Int32($0) }) where fd >= 3 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
    }

    /// Waits for `pid` and returns its exit status, or 128 + the signal that ended it.
    public static func waitForExit(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return -1 }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}

/// A NULL-terminated `char *[]` that frees its strings when it goes away.
private final class CStringArray {
    private(set) var pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) {
        pointers = strings.map { strdup($0) } + [nil]
    }

    deinit {
        for pointer in pointers { free(pointer) }
    }
}
