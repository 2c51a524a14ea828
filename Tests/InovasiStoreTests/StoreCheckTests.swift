import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: check() finds what is wrong")
struct StoreCheckTests {
    /// A store with an approved proposal, scores and a kelurahan, closed again; returns its path.
    func makeStore(_ folder: TestFolder) throws -> String {
        let path = folder.path("inovasi.sqlite")
        let admin = "admin"
        let store = try Store.create(at: path, creator: admin, now: Fixture.now)
        let kecamatan = try store.addAgency(
            Agency(code: "KEC-GROGOL", name: "Kecamatan Grogol", kind: .kecamatan), by: admin)
        _ = try store.addAgency(
            Agency(code: "KEL-GEREM", name: "Kelurahan Gerem", kind: .kelurahan, parentID: kecamatan.id), by: admin)
        let proposal = try store.addProposal(Fixture.proposal("Bank sampah", agency: kecamatan, daysAgo: 5), by: admin)
        _ = try store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: admin)
        try store.saveScore(Fixture.score(proposal.id, by: admin), by: admin)
        _ = try store.apply(.approve, to: proposal.id, expectedVersion: 2, note: "", by: admin)
        #expect(try store.check() == [])
        return path
    }

    func plant(_ path: String, _ sql: String) throws {
        let run = try Worker.run(["sql", path, sql])
        #expect(run.status == 0, "\(run.errors)")
    }

    @Test(arguments: [
        (
            "DELETE FROM innovation_stage; DELETE FROM innovation", "approvedWithoutInnovation",
            "proposal 1: Bank sampah"
        ),
        ("UPDATE agency SET parent_id = NULL WHERE code = 'KEL-GEREM'", "agencyParent", "agency 2: KEL-GEREM"),
        ("UPDATE agency SET kind = 'dinas' WHERE code = 'KEC-GROGOL'", "agencyParent", "agency 2: KEL-GEREM"),
        ("UPDATE review_score SET benefit = 9", "scoreRange", "review_score 1 admin: 4 9 4 4 4"),
        ("UPDATE proposal SET version = 0", "version", "proposal 1: 0"),
        ("INSERT INTO user (name, role) VALUES ('x', 'boss')", "role", "user x: boss"),
        ("UPDATE assignment SET reviewer = 'hantu'", "foreignKey", "assignment 1 → user"),
        ("UPDATE innovation SET stage = 'trial'", "stageHistory", "innovation 1: trial / initiative"),
    ])
    func checkFindsAPlantedProblem(sql: String, kind: String, detail: String) throws {
        let folder = try TestFolder()
        let path = try makeStore(folder)
        try plant(path, sql)
        let store = try Store.open(at: path, mode: .readOnly)
        #expect(try store.check() == [IntegrityProblem(kind: kind, detail: detail)])
    }

    @Test func checkFindsAnUnknownStatusAndTheStoreRefusesToReadIt() throws {
        let folder = try TestFolder()
        let path = try makeStore(folder)
        try plant(path, "UPDATE proposal SET status = 'lost'")
        let store = try Store.open(at: path)
        let problems = try store.check()
        #expect(problems.contains(IntegrityProblem(kind: "status", detail: "proposal 1: lost")))
        let error = try #require(throws: StoreError.self) { try store.proposal(id: 1) }
        #expect(error == .notAnInovasiStore(path: path, detail: "damaged: proposal.status = 'lost'"))
        #expect(error.exitCode == 2)
    }

    @Test func checkReportsDamagedPages() throws {
        let folder = try TestFolder()
        let path = try makeStore(folder)
        var data = try bytes(of: path)
        let pageSize = Int(data[16]) << 8 | Int(data[17])
        // Scribble on the first bytes of a freelist page: the first trunk page the header names
        // (bytes 32–35; the table rebuilds of schema v6 leave one), else the last page.
        let trunk = (32..<36).reduce(0) { $0 << 8 | Int(data[$1]) }
        data[trunk > 0 ? (trunk - 1) * pageSize : data.count - pageSize] = 0x07
        try data.write(to: URL(fileURLWithPath: path))
        let store = try Store.open(at: path, mode: .readOnly)
        let problems = try store.check()
        #expect(problems.contains { $0.kind == "integrity" })
    }
}
