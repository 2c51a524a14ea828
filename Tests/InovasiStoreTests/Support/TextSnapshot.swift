import Foundation
import Testing

/// Compares `text` with `Tests/InovasiStoreTests/Snapshots/<name>`. A missing file is written and
/// reported as a failure, and so is every one when `INOVASI_RECORD=1`: a recorded file is looked at
/// before it is trusted. A mismatch names the first differing line.
func assertTextSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // InovasiStoreTests
        .appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name)
    let recording = ProcessInfo.processInfo.environment["INOVASI_RECORD"] == "1"
    guard let expected = try? String(contentsOf: file, encoding: .utf8), !recording else {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            Issue.record(
                "Snapshot '\(name)' recorded at \(file.path); check it:\n\(text)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("Snapshot '\(name)' could not be written: \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard expected != text else { return }
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(old.count, new.count)).first { old[$0] != new[$0] } ?? min(old.count, new.count)
    let before = line < old.count ? String(old[line]) : "(no line)"
    let after = line < new.count ? String(new[line]) : "(no line)"
    Issue.record(
        "Snapshot '\(name)' differs at line \(line + 1) (INOVASI_RECORD=1 re-records):\n- «\(before)»\n+ «\(after)»\n\(text)",
        sourceLocation: sourceLocation)
}
