import InovasiCore

/// What the terminal check and the watchdog say to a person, in both languages.
enum TerminalText {
    static let terminalNotInteractive = Localized(
        id: "inovasi memerlukan terminal interaktif, tetapi masukan atau keluarannya bukan terminal. "
            + "Untuk keluaran teks biasa, jalankan `inovasi report`.",
        en: "inovasi needs an interactive terminal, but its input or output is not a terminal. "
            + "For plain text output, run `inovasi report`."
    )

    static let terminalTypeUnset = Localized(
        id: "Variabel TERM tidak diatur, jadi jenis terminal tidak diketahui. "
            + "Atur TERM (misalnya TERM=xterm-256color) atau jalankan `inovasi report`.",
        en: "TERM is not set, so the terminal type is unknown. "
            + "Set TERM (for example TERM=xterm-256color) or run `inovasi report`."
    )

    static func terminalTypeUnknown(_ name: String) -> Localized {
        Localized(
            id: "Jenis terminal \"\(name)\" tidak dikenal terminfo. Pasang paket ncurses-term, atur TERM "
                + "ke jenis yang dikenal (misalnya xterm-256color), atau jalankan `inovasi report`.",
            en: "terminfo does not know the terminal type \"\(name)\". Install ncurses-term, set TERM "
                + "to a known type (for example xterm-256color), or run `inovasi report`."
        )
    }

    static func terminalTypeDumb(_ name: String) -> Localized {
        Localized(
            id: "Terminal \"\(name)\" tidak dapat memindahkan kursor, jadi dasbor tidak dapat digambar. "
                + "Gunakan terminal lengkap (misalnya TERM=xterm-256color) atau jalankan `inovasi report`.",
            en: "The terminal \"\(name)\" cannot move the cursor, so the dashboard cannot be drawn. "
                + "Use a full terminal (for example TERM=xterm-256color) or run `inovasi report`."
        )
    }

    static func terminalStartFailed(_ name: String) -> Localized {
        Localized(
            id: "ncurses tidak dapat memulai layar pada terminal \"\(name)\". "
                + "Coba TERM=xterm-256color atau jalankan `inovasi report`.",
            en: "ncurses could not start the screen on the terminal \"\(name)\". "
                + "Try TERM=xterm-256color or run `inovasi report`."
        )
    }

    static let terminalAlreadyRunning = Localized(
        id: "Layar terminal sudah berjalan dalam proses ini; hanya satu yang dapat berjalan.",
        en: "A terminal screen is already running in this process; only one can run."
    )

    /// Written to standard error (the log, while the dashboard draws) when the watchdog ends the
    /// program because its loop did not answer a termination signal.
    static let watchdogFired = Localized(
        id: "inovasi: tidak menjawab sinyal berhenti dalam 1 detik (sibuk atau macet); diakhiri oleh pengawas, "
            + "terminal dipulihkan.\n",
        en: "inovasi: did not answer the stop signal within 1 second (busy or stuck); ended by the watchdog, "
            + "terminal restored.\n")
}
