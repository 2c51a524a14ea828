import Testing

@Suite("Snapshot support")
struct SnapshotSupportTests {
    @Test("The diff names differing lines and shows spaces")
    func diff() {
        let report = snapshotDiff(expected: "a\nb \nc\n", actual: "a\nb\nc\nd\n")
        #expect(report.contains("line 2:\n  - expected «b »\n  + actual   «b»"))
        #expect(report.contains("line 4:\n  - expected «»\n  + actual   «d»"))
        #expect(!report.contains("line 1:"))
    }
}
