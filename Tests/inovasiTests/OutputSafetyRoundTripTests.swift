import Foundation
import InovasiCore
import Testing

/// The CSV formula guard can be undone: an importer that drops the guard of every cell
/// (``CSVFormulaGuard/unguarded(_:)``) reads back what JSON holds, controls shown as pictures.
@Suite("output safety: guarded CSV reads back to the data")
struct OutputSafetyRoundTripTests {
    @Test("unguarded CSV cells of queue, sessions and users equal their JSON values made printable")
    func csvReadsBack() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.hostileStore()
        let sessions = ["sessions", "--from", "2000-01-01", "--to", "2099-12-31"]
        let cases: [(command: [String], column: String, json: (CLIResult) throws -> [[String: Any]])] = [
            (["queue", "--limit", "20"], "title", { try #require($0.json()["proposals"] as? [[String: Any]]) }),
            (sessions, "location", { try #require($0.json()["sessions"] as? [[String: Any]]) }),
            (sessions, "speakerName", { try #require($0.json()["sessions"] as? [[String: Any]]) }),
            (["users", "list"], "displayName", { try $0.jsonArray() }),
        ]
        for (command, column, rows) in cases {
            let csv = try sandbox.run(command + ["--format", "csv"]).stdout
            let cells = try CSVReader.column(column, in: csv).map(CSVFormulaGuard.unguarded)
            let values = try rows(try sandbox.run(command + ["--format", "json"])).map { $0[column] as? String ?? "" }
            #expect(cells == values.map(CSVText.printable), "\(command) \(column)")
            #expect(cells.contains { CSVFormulaGuard.needsGuard($0) }, "\(command) \(column) has no formula to guard")
        }
    }
}
