import CNcurses
import Glibc
import InovasiCore
import InovasiTUI

/// The real terminal: draws a ``Canvas`` through ncurses and turns keys, resizes and signals into
/// ``TerminalEvent`` values.
///
/// It owns the process's terminal from `init` to ``shutdown()``: signal handlers, the locale,
/// the ncurses screen, a crash handler that gives the terminal back even when the program traps,
/// and a watchdog that does so and ends the process when a termination signal goes unanswered
/// for ``watchdogGraceMilliseconds`` because the program is stuck. Only one can run at a time.
public final class NcursesTerminal: TerminalBackend {
    /// The terminal as ``TerminalCheck`` found it.
    public let profile: TerminalProfile
    /// The block glyphs of the terminal's font: the console's for `TERM=linux`.
    public var glyphs: GlyphRange { GlyphRange.forTerminal(named: profile.name) }
    /// The colour depth actually in use: the profile's, lowered if ncurses offers fewer colours.
    public let colorDepth: ColorDepth

    var screen: OpaquePointer?
    var window: UnsafeMutablePointer<WINDOW>?
    var pairs: ColorPairTable
    var defaultColorsAvailable = false
    var lastFrame: Canvas?
    var needsClear = false
    var cursorShown: Bool?
    /// The style the window's background (its blank, `wbkgrnd`) is set to; nil before the first frame.
    var background: Style?
    private let clearsOnExit: Bool
    private var lastSize = Size(width: 0, height: 0)

    /// How long the watchdog gives the loop to answer SIGTERM, SIGINT, SIGHUP (or SIGQUIT) by
    /// shutting the terminal down before it restores the terminal itself and ends the process.
    public static let watchdogGraceMilliseconds: Int32 = 1_000

    /// Starts ncurses on the process's terminal, in the only order that works: signals unblocked
    /// (a test runner's child inherits them blocked), own SIGTERM/SIGINT/SIGHUP/SIGCONT/SIGQUIT
    /// handlers before ncurses hooks the ones still at their default, a UTF-8 locale, `newterm`
    /// (which, unlike `initscr`, returns instead of exiting on a bad `TERM`), then the input modes,
    /// the crash handler and the watchdog. `quitSignal` says what Ctrl-\ does; `rawKeys` (the kiosk)
    /// reads Ctrl-C, Ctrl-Z, Ctrl-\, Ctrl-S and Ctrl-Q as keys rather than letting the tty turn them
    /// into signals or flow control (ncurses `raw`), while signals sent by a process still arrive;
    /// `language` is the language of the watchdog's note on standard error.
    public init(
        profile: TerminalProfile, quitSignal: QuitSignalAction = .terminates, rawKeys: Bool = false,
        language: Language = .id
    ) throws(TerminalCheckError) {
        inovasi_unblock_all_signals()
        let quitAction = quitSignal == .ignored ? INOVASI_QUIT_IGNORED : INOVASI_QUIT_TERMINATES
        guard inovasi_install_flag_handlers(quitAction) == 0 else { throw .alreadyRunning }
        inovasi_ensure_utf8_locale()
        var shellModes = termios()
        let hasShellModes = tcgetattr(STDOUT_FILENO, &shellModes) == 0
        guard let screen = newterm(profile.name, inovasi_stdout(), inovasi_stdin()) else {
            inovasi_restore_flag_handlers()
            throw .startFailed(profile.name)
        }
        set_term(screen)
        guard inovasi_tigetstr("cup") != nil else {
            Self.end(screen)
            throw .termDumb(profile.name)
        }
        Self.installCrashHandler(shellModes: hasShellModes ? shellModes : nil)
        Self.startWatchdog(note: TerminalText.watchdogFired.text(language))
        let window = inovasi_stdscr()
        let depth = Self.startModes(window: window, wanted: profile.colorDepth, rawKeys: rawKeys)
        if quitSignal == .ignored { Self.disableQuitCharacter() }
        self.profile = profile
        self.screen = screen
        self.window = window
        colorDepth = depth
        clearsOnExit = profile.name == "linux" || inovasi_tigetstr("smcup") == nil
        defaultColorsAvailable = depth != .none && use_default_colors() == OK
        pairs = ColorPairTable(
            colorPairs: depth == .none ? 0 : Int(inovasi_color_pairs()), plainPair: defaultColorsAvailable)
        lastSize = size
    }

    /// Runs ``TerminalCheck`` on the process's environment, then starts.
    public convenience init() throws(TerminalCheckError) {
        try self.init(profile: TerminalCheck().run())
    }

    deinit { shutdown() }

    /// Current size of the screen; the last known size after ``shutdown()``.
    public var size: Size {
        guard let window else { return lastSize }
        return Size(width: Int(inovasi_max_x(window)), height: Int(inovasi_max_y(window)))
    }

    /// Whether the screen is running (between `init` and ``shutdown()``).
    public var isRunning: Bool { screen != nil }

    /// Forgets what the screen shows, so the next ``draw(_:)`` clears and repaints everything.
    public func invalidate() {
        needsClear = true
    }

    /// Gives the terminal back: clears the screen where there is no alternate screen (the Linux
    /// console), ends ncurses and restores the signal handlers. Safe to call more than once.
    public func shutdown() {
        guard screen != nil else { return }
        lastSize = size
        if clearsOnExit, let window {
            resetBackground(in: window)
            werase(window)
            clearok(window, true)
            wrefresh(window)
        }
        endScreen()
    }

    private func endScreen() {
        if let screen { Self.end(screen) }
        screen = nil
        window = nil
    }

    /// Ends the screen and gives back every handler `init` installed. The watchdog stops only
    /// after `endwin`, so it still guards a shutdown that hangs.
    private static func end(_ screen: OpaquePointer) {
        inovasi_restore_crash_handler()
        endwin()
        delscreen(screen)
        inovasi_stop_watchdog()
        inovasi_restore_flag_handlers()
    }

    /// Starts the watchdog thread; without it (no thread could start) the program runs as before.
    private static func startWatchdog(note: String) {
        let bytes = Array(note.utf8)
        bytes.withUnsafeBytes { raw in
            _ = inovasi_start_watchdog(
                watchdogGraceMilliseconds, raw.bindMemory(to: CChar.self).baseAddress, raw.count)
        }
    }

    /// Keys at once (`cbreak`, or `raw` with `rawKeys`: no signal or flow-control characters), no
    /// echo, keypad keys in every common form, instant Esc, hidden cursor, colours; the depth in use.
    private static func startModes(
        window: UnsafeMutablePointer<WINDOW>?, wanted: ColorDepth, rawKeys: Bool
    ) -> ColorDepth {
        if rawKeys { raw() } else { cbreak() }
        noecho()
        nonl()
        keypad(window, true)
        AlternateKeys.define()
        set_escdelay(25)
        curs_set(0)
        guard wanted != .none, has_colors(), start_color() == OK else { return .none }
        let available = TerminalCheck.colorDepth(colors: Int(inovasi_colors()), environment: [:])
        return min(wanted, available)
    }

    /// Switches the tty's QUIT character off while the screen runs, so Ctrl-\\ is an ordinary
    /// (ignored) key rather than a signal — and the tty driver does not flush output waiting to be
    /// drawn, as it does for a signal character. `endwin` brings the shell's modes back.
    private static func disableQuitCharacter() {
        var modes = termios()
        guard tcgetattr(STDOUT_FILENO, &modes) == 0 else { return }
        // _POSIX_VDISABLE is 0 on Linux.
        withUnsafeMutableBytes(of: &modes.c_cc) { $0[Int(VQUIT)] = 0 }
        guard tcsetattr(STDOUT_FILENO, TCSANOW, &modes) == 0 else { return }
        def_prog_mode()
    }

    /// Installs the crash handler with this terminal's reset sequences and the shell's tty modes.
    private static func installCrashHandler(shellModes: termios?) {
        var values: [String: String] = [:]
        for name in ResetSequence.capabilities {
            if let value = inovasi_tigetstr(name) { values[name] = String(cString: value) }
        }
        let clear = inovasi_tigetstr("clear").map { String(cString: $0) }
        let reset = ResetSequence.bytes(from: values, clear: clear)
        let install = { (modes: UnsafePointer<termios>?) in
            reset.withUnsafeBytes { bytes in
                _ = inovasi_install_crash_handler(
                    STDOUT_FILENO, modes, bytes.bindMemory(to: CChar.self).baseAddress, bytes.count)
            }
        }
        if let shellModes {
            withUnsafePointer(to: shellModes) { install($0) }
        } else {
            install(nil)
        }
    }
}
