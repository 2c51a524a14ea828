import Foundation
import TestSupport
import Testing

@testable import InovasiICS

/// A written calendar read by another program: Debian's python3-icalendar (installed by `.ci/run`).
/// This test never skips: without the library it fails.
@Suite("ICS read by python3-icalendar")
struct ICSIndependentParserTests {
    @Test("python3-icalendar parses the written file with the same UIDs, SEQUENCE, times and text")
    func pythonParses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sesi.ics")
        try Data(ICSWriterTests.written.utf8).write(to: file)
        let parsed = try PythonICalendar.read(file.path)
        #expect(parsed.status == 0, "\(parsed.errors)")
        let lines = parsed.lines
        let events = ICSWriterTests.events
        let texts = try events.map { event in
            String(
                decoding: try JSONSerialization.data(withJSONObject: [event.location ?? "", event.description ?? ""]),
                as: UTF8.self)
        }
        #expect(
            lines.map { $0.split(separator: "|").dropLast().joined(separator: "|") } == [
                "sesi-12@inovasi.cilegon.go.id|3|20261207T020000Z|20261207T043000Z|CONFIRMED|"
                    + "Pendampingan Laboratorium Inovasi: diagnose",
                "sesi-13@inovasi.cilegon.go.id|1|20261209T060000Z|20261209T070000Z|CANCELLED|Klinik inovasi daring",
                "sesi-14@inovasi.cilegon.go.id|0|20261214|20261216|CONFIRMED|Bimtek dua hari",
            ])
        let printedTexts = try lines.map { line in
            try JSONSerialization.jsonObject(with: Data((line.split(separator: "|").last ?? "").utf8)) as? [String]
        }
        #expect(printedTexts == texts.map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String] })
    }
}
