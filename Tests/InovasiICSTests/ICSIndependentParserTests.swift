import Foundation
import Testing

@testable import InovasiICS

/// A written calendar read by another program: Debian's python3-icalendar (installed by `.ci/run`).
/// This test never skips: without the library it fails.
@Suite("ICS read by python3-icalendar")
struct ICSIndependentParserTests {
    static let script = """
        import sys, icalendar, datetime, json
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        for ev in cal.walk('VEVENT'):
            def utc(name):
                v = ev.decoded(name)
                if isinstance(v, datetime.datetime):
                    return v.astimezone(datetime.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
                return v.strftime('%Y%m%d')
            print('|'.join([str(ev['UID']), str(ev.get('SEQUENCE', 0)), utc('DTSTART'), utc('DTEND'),
                str(ev.get('STATUS', '')), str(ev.get('SUMMARY', '')),
                json.dumps([str(ev.get('LOCATION', '')), str(ev.get('DESCRIPTION', ''))], ensure_ascii=False)]))
        """

    @Test("python3-icalendar parses the written file with the same UIDs, SEQUENCE, times and text")
    func pythonParses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sesi.ics")
        try Data(ICSWriterTests.written.utf8).write(to: file)
        let process = Process()
        // Debian's own interpreter, which the python3-icalendar package installs for (a python3 found
        // first on PATH, such as pyenv's, does not see it).
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", Self.script, file.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let failure = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: failure, as: UTF8.self))")
        let lines = String(decoding: printed, as: UTF8.self).split(separator: "\n").map(String.init)
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
