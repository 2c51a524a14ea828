import InovasiCore

extension Localized {
    /// Written to standard error (the log, while the dashboard draws) when the watchdog ends the
    /// program because its loop did not answer a termination signal.
    static let watchdogFired = Localized(
        id: "inovasi: tidak menjawab sinyal berhenti dalam 1 detik (sibuk atau macet); diakhiri oleh pengawas, "
            + "terminal dipulihkan.\n",
        en: "inovasi: did not answer the stop signal within 1 second (busy or stuck); ended by the watchdog, "
            + "terminal restored.\n")
}
