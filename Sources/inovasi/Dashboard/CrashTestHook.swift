import Foundation

/// A crash on purpose, for the end-to-end test that a real crash in the running dashboard never
/// waits for a key. Only the tests set `INOVASI_TEST_CRASH=1`; it is not a documented setting.
enum CrashTestHook {
    /// Whether this run was asked to crash once its first frame is drawn.
    static var isRequested: Bool {
        ProcessInfo.processInfo.environment["INOVASI_TEST_CRASH"] == "1"
    }

    /// Traps like any Swift runtime failure (SIGILL).
    static func crash() -> Never {
        fatalError("INOVASI_TEST_CRASH: a crash asked for by the tests")
    }
}
