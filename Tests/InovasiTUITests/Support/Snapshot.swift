import Foundation
import InovasiTUI
import Testing

/// Compares `canvas.text()` with `Tests/InovasiTUITests/Snapshots/<name>.txt`.
///
/// A missing snapshot is recorded and reported as a failure, and so is every snapshot when the
/// environment has `INOVASI_RECORD=1`: nothing passes silently, and a recorded file is looked at
/// before it is trusted. A mismatch fails with the differing lines side by side.
func assertSnapshot(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // InovasiTUITests
        .appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent("\(name).txt")
    let actual = canvas.text() + "\n"
    let recording = ProcessInfo.processInfo.environment["INOVASI_RECORD"] == "1"
    let expected = try? String(contentsOf: file, encoding: .utf8)
    guard let expected, !recording else {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            let advice = "check it, then run again without INOVASI_RECORD"
            Issue.record(
                "Snapshot '\(name)' recorded at \(file.path); \(advice):\n\(actual)", sourceLocation: sourceLocation)
        } catch {
            Issue.record(
                "Snapshot '\(name)' could not be written to \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard expected != actual else { return }
    let diff = snapshotDiff(expected: expected, actual: actual)
    Issue.record(
        "Snapshot '\(name)' differs from \(file.path) (INOVASI_RECORD=1 re-records):\n\(diff)",
        sourceLocation: sourceLocation)
}

/// The lines that differ, numbered, with the expected and actual text between guillemets so
/// spaces show.
func snapshotDiff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(old.count, new.count) {
        let before = index < old.count ? String(old[index]) : nil
        let after = index < new.count ? String(new[index]) : nil
        guard before != after else { continue }
        report.append("line \(index + 1):")
        report.append("  - expected «\(before ?? "(no line)")»")
        report.append("  + actual   «\(after ?? "(no line)")»")
    }
    return report.joined(separator: "\n") + "\n--- actual ---\n" + actual
}
