import CNcurses
import Glibc
import InovasiTUI

extension NcursesTerminal {
    /// Waits up to `timeoutMilliseconds` (negative: for ever) for a key, a resize or a signal.
    ///
    /// SIGTERM, SIGINT and SIGHUP interrupt the wait and become `.terminate`, as does a terminal
    /// that hung up without a SIGHUP reaching us (input at end of file), which would otherwise
    /// turn the loop into a busy wait. After the process was
    /// stopped and continued (Ctrl-Z and `fg`, or SIGSTOP and SIGCONT), the terminal modes are set
    /// again and `.resize` asks the runtime for a frame, which is then painted in full.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
        guard let window else { return .terminate }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(max(0, timeoutMilliseconds)))
        while true {
            if let event = pendingSignalEvent() { return event }
            let remaining = timeoutMilliseconds < 0 ? -1 : Self.milliseconds(until: deadline, clock: clock)
            wtimeout(window, remaining)
            var value: wint_t = 0
            errno = 0
            let status = wget_wch(window, &value)
            let failure = errno
            switch status {
            case KEY_CODE_YES:
                if let event = event(for: .keyCode(Int32(bitPattern: value))) { return event }
            case OK:
                if let event = event(for: .character(value)) { return event }
            default:
                if let event = pendingSignalEvent() { return event }
                if Self.terminalIsGone(errno: failure) { return .terminate }
                if failure != EINTR || remaining == 0 { return .tick }
            }
            if remaining == 0 { return .tick }
        }
    }

    private func event(for input: RawInput) -> TerminalEvent? {
        switch KeyTranslator.translate(input) {
        case .key(let key): return .key(key)
        case .resize:
            needsClear = true
            return .resize(size)
        case .ignored: return nil
        }
    }

    /// `.terminate` after a termination signal; `.resize` after the process was continued.
    private func pendingSignalEvent() -> TerminalEvent? {
        if inovasi_termination_signal() != 0 { return .terminate }
        guard inovasi_take_continued() == 1 else { return nil }
        reset_prog_mode()
        needsClear = true
        return .resize(size)
    }

    /// Whether the terminal hung up: reads fail with EIO, or `poll` reports a hang-up or an error.
    private static func terminalIsGone(errno failure: Int32) -> Bool {
        if failure == EIO { return true }
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&input, 1, 0) == 1 else { return false }
        return input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private static func milliseconds(until deadline: ContinuousClock.Instant, clock: ContinuousClock) -> Int32 {
        let left = clock.now.duration(to: deadline)
        guard left > .zero else { return 0 }
        let (seconds, attoseconds) = left.components
        let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: total)
    }
}
