import Foundation
import Testing

@testable import InovasiICS

@Suite("ICS escaping and folding")
struct ICSEscapingFoldingTests {
    @Test("TEXT escapes backslash, semicolon, comma and newline, and unescapes back")
    func escaping() {
        let text = "Narasumber: Dr. A; B, C\\D\nBaris dua\r\nBaris tiga"
        let escaped = ICSEscaping.escape(text)
        #expect(escaped == "Narasumber: Dr. A\\; B\\, C\\\\D\\nBaris dua\\nBaris tiga")
        #expect(ICSEscaping.unescape(Substring(escaped)) == text.replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(ICSEscaping.unescape("a\\Nb\\:c") == "a\nb:c")
        #expect(ICSEscaping.splitList("Pendampingan,Lab\\, tahap 2,BRIN") == ["Pendampingan", "Lab, tahap 2", "BRIN"])
    }

    @Test("a control character is dropped, a tab becomes a space")
    func controls() {
        #expect(ICSEscaping.escape("a\u{07}b\tc\u{7F}") == "ab c")
    }

    /// Long Indonesian text whose multi-byte characters (é, —, emoji with a skin tone, ZWJ family)
    /// fall at every position of the fold.
    static let longText =
        "DESCRIPTION:" + String(repeating: "Pendampingan inovasi — café ", count: 3)
        + "Kecamatan Ciwandan: penyusunan proposal 👍🏽 dan uji coba layanan 👨‍👩‍👧‍👦 "
        + String(repeating: "é", count: 40) + " selesai."

    @Test("folding: every physical line ≤ 75 octets, no character or grapheme split, unfold restores", arguments: 0..<8)
    func folding(shift: Int) throws {
        let line = String(repeating: "x", count: shift) + Self.longText
        let folded = ICSFolding.fold(line)
        let physical = folded.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(physical.count > 3)
        for (index, part) in physical.enumerated() {
            #expect(part.utf8.count <= 75, "line \(index) has \(part.utf8.count) octets")
            #expect(String(validating: Array(part.utf8), as: UTF8.self) != nil)
            if index > 0 { #expect(part.hasPrefix(" ")) }
        }
        let graphemes = physical.enumerated().flatMap { index, part in Array(index == 0 ? part : part.dropFirst()) }
        #expect(graphemes == Array(line), "no grapheme is split between two lines")
        let unfolded = ICSFolding.unfold(Array((folded + "\r\n").utf8))
        #expect(unfolded.count == 1)
        #expect(unfolded.first.flatMap { String(validating: $0.bytes, as: UTF8.self) } == line)
    }

    @Test("a short line is not folded; unfolding keeps the number of each line's first physical line")
    func lineNumbers() {
        #expect(ICSFolding.fold("SUMMARY:Rapat") == "SUMMARY:Rapat")
        let lines = ICSFolding.unfold(Array("A:1\r\nB:2\r\n 3\r\n\t4\r\nC:5\n".utf8))
        #expect(lines.map(\.number) == [1, 2, 5])
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["A:1", "B:234", "C:5"])
    }

    @Test("a character split across two lines by another writer is put back together")
    func splitCharacter() throws {
        let bytes = Array("SUMMARY:caf".utf8) + [0xC3, 0x0D, 0x0A, 0x20, 0xA9] + Array("\r\n".utf8)
        let lines = ICSFolding.unfold(bytes)
        #expect(lines.first.flatMap { String(validating: $0.bytes, as: UTF8.self) } == "SUMMARY:café")
    }
}
