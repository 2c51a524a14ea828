import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program running on a pseudo-terminal of a given size: everything it writes to the terminal
/// can be counted, and keys can be typed into it, as a person at a real terminal would.
final class PseudoTerminal {
    let pid: pid_t
    private let master: Int32
    private var closed = false
    /// Whether ``readUntilQuiet(timeout:quiet:)`` keeps what it reads in ``lastBytes``.
    var keepsBytes = false
    /// The bytes the last ``readUntilQuiet(timeout:quiet:)`` read, when ``keepsBytes`` is set.
    private(set) var lastBytes: [UInt8] = []
    /// The monotonic clock, in nanoseconds, just before `posix_spawn` started the program.
    private(set) var spawnedAt: UInt64 = 0
    /// The monotonic clock, in nanoseconds, when the last byte so far was read: the end of a frame
    /// is its last byte, not the end of the quiet wait that proved it was the last.
    private(set) var lastByteAt: UInt64 = 0

    /// Opens a pseudo-terminal of `columns`×`rows` and starts `program` on it (standard input,
    /// output and error all on the terminal), with an empty signal mask and default handlers.
    init(program: String, arguments: [String], environment: [String: String], columns: Int, rows: Int) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw BenchFailure.terminal("openpty: \(String(cString: strerror(errno)))")
        }
        defer { close(slave) }
        spawnedAt = DispatchTime.now().uptimeNanoseconds
        do {
            pid = try Self.spawn(program, arguments: arguments, environment: environment, terminal: slave)
        } catch {
            close(master)
            throw error
        }
        self.master = master
    }

    deinit {
        if !closed {
            kill(pid, SIGKILL)
            _ = finish(timeout: 5)
        }
    }

    /// Milliseconds from the program's `posix_spawn` to the last byte read so far: after the first
    /// ``readUntilQuiet(timeout:quiet:)``, how long a person waits for the first complete frame.
    var millisecondsToLastByte: Double {
        Double(lastByteAt.subtractingReportingOverflow(spawnedAt).partialValue) / 1_000_000
    }

    /// Types `text` into the terminal.
    func type(_ text: String) throws {
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw BenchFailure.terminal("write: \(String(cString: strerror(errno)))") }
    }

    /// Reads what the program writes: waits up to `timeout` seconds for the first byte, then
    /// keeps reading until nothing more comes for `quiet` seconds. Returns the bytes read.
    /// Never longer than `atMost` seconds in all: a program that never falls quiet (the kiosk's
    /// next-page bar moves every second) must not hold the benchmark for ever.
    func readUntilQuiet(timeout: Double, quiet: Double = 0.3, atMost: Double = 30) -> Int {
        var total = 0
        lastBytes = []
        var waiting = timeout
        let deadline = Date().addingTimeInterval(atMost)
        while Date() < deadline, case .data(let count) = readSome(within: waiting) {
            total += count
            waiting = quiet
        }
        return total
    }

    /// Reads everything the program writes for `seconds`, however quiet it is; returns the bytes.
    func readFor(seconds: Double) -> Int {
        let deadline = Date().addingTimeInterval(seconds)
        var total = 0
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return total }
            switch readSome(within: left) {
            case .data(let count): total += count
            case .timeout: return total
            case .closed: return total
            }
        }
    }

    /// What one wait for output gave.
    private enum ReadResult {
        case data(Int)
        case timeout
        /// Every copy of the terminal's other end is closed: the program has gone.
        case closed
    }

    private func readSome(within seconds: Double) -> ReadResult {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(seconds * 1_000))
        guard ready > 0 else { return ready == 0 ? .timeout : .closed }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 { lastByteAt = DispatchTime.now().uptimeNanoseconds }
        if keepsBytes, count > 0 { lastBytes += buffer.prefix(count) }
        return count > 0 ? .data(count) : .closed
    }

    /// The program's peak resident memory so far, in kilobytes (`VmHWM` of `/proc/PID/status`).
    ///
    /// Read while it runs rather than from `wait4`'s `ru_maxrss`: `posix_spawn` starts the child in
    /// the parent's memory until `exec`, and Linux then records the parent's peak as the child's.
    func peakResidentKilobytes() throws -> Int {
        let path = "/proc/\(pid)/status"
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces).prefix { $0.isNumber }
            if let value = Int(digits) { return value }
        }
        throw BenchFailure.terminal("no VmHWM in \(path)")
    }

    /// Reads until the program closes the terminal, then reaps it; kills it after `timeout` seconds.
    /// Returns its exit status, or 128 + the signal that ended it.
    func finish(timeout: Double) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var gone = false
        while !gone, Date() < deadline {
            if case .closed = readSome(within: 0.2) { gone = true }
        }
        if !gone { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        close(master)
        closed = true
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    private static func spawn(
        _ program: String, arguments: [String], environment: [String: String], terminal: Int32
    ) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, terminal, target) }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw BenchFailure.terminal("posix_spawn \(program): \(String(cString: strerror(result)))")
        }
        return pid
    }
}
