import Foundation
import Testing

/// Compares `text` with `Tests/InovasiStoreTests/Snapshots/<name>.txt`, as the TUI tests' snapshots
/// do: a missing file, or `INOVASI_RECORD=1`, records it and fails, so a picture is looked at
/// before it is trusted; a mismatch fails with the differing lines.
func assertTextSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // InovasiStoreTests
        .appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent("\(name).txt")
    let actual = text + "\n"
    let recording = ProcessInfo.processInfo.environment["INOVASI_RECORD"] == "1"
    guard let expected = try? String(contentsOf: file, encoding: .utf8), !recording else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let written = (try? actual.write(to: file, atomically: true, encoding: .utf8)) != nil
        Issue.record(
            "Snapshot '\(name)' \(written ? "recorded" : "could not be written") at \(file.path); check it:\n\(actual)",
            sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let lines = (0..<max(old.count, new.count)).compactMap { index -> String? in
        let before = index < old.count ? String(old[index]) : "(no line)"
        let after = index < new.count ? String(new[index]) : "(no line)"
        return before == after ? nil : "line \(index + 1):\n  - «\(before)»\n  + «\(after)»"
    }
    Issue.record(
        "Snapshot '\(name)' differs (INOVASI_RECORD=1 re-records):\n\(lines.joined(separator: "\n"))",
        sourceLocation: sourceLocation)
}
