import InovasiCore
import Testing

@testable import InovasiTUI

@Suite("Form hints from the key map in force")
struct FormHintsTests {
    @Test("form hints take their keys from the key map: the standard text, and a custom key")
    func formHints() {
        #expect(
            FormHints.score.text(.standard, .id)
                == "↑↓ baris  ←→ atau 1–5 nilai  Enter catatan/simpan  Esc keluar (draf disimpan)")
        #expect(FormHints.text.text(.standard, .en) == "type the note  Enter/Esc done")
        #expect(FormHints.decision.text(.standard, .en) == "←→ or 1–3 choose  Enter note/continue  Esc cancel")
        let custom = KeyMapHelpTests.rebound(.standard, .form(.escape), to: [.control("g")])
        #expect(FormHints.score.text(custom, .en).hasSuffix("Ctrl-G leave (draft kept)"))
        #expect(FormHints.filter.text(custom, .id).hasSuffix("Ctrl-G batal"))
    }
}
