import InovasiTUI
import Testing

@testable import NcursesTerminal

/// In raw mode (the kiosk) the tty no longer turns Ctrl-C, Ctrl-Z, Ctrl-\ into signals: they reach
/// the program as bytes, which must become keys the kiosk ignores, or nothing at all.
@Suite("Raw keys of the kiosk")
struct KioskRawKeyTests {
    @Test("Ctrl-C and Ctrl-Z become plain keys; Ctrl-\\ is dropped")
    func signalCharacters() {
        #expect(KeyTranslator.translate(.character(3)) == .key(.control("c")))
        #expect(KeyTranslator.translate(.character(26)) == .key(.control("z")))
        #expect(KeyTranslator.translate(.character(28)) == .ignored)
        #expect(KeyTranslator.translate(.character(17)) == .key(.control("q")))
        #expect(KeyTranslator.translate(.character(19)) == .key(.control("s")))
    }
}
