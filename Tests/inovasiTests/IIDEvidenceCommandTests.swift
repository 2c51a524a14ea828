import Foundation
import InovasiCore
import InovasiStore
import Testing

/// `inovasi iid set`, `iid evidence` and `import iid` against a small store and the shipped 2026
/// rules; the year is always given, so the tests do not depend on today.
@Suite("inovasi iid set, iid evidence and import iid")
struct IIDEvidenceCommandTests {
    /// A store made by the user the commands run as (an admin), with one innovation of DINKES (id 1)
    /// enacted by a Perwal, and one of DISDIK (id 2).
    static func store() throws -> CLISandbox {
        let sandbox = try CLISandbox()
        try FileManager.default.createDirectory(
            atPath: (sandbox.defaultStore as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let user = Store.currentUserName()
        let store = try Store.create(at: sandbox.defaultStore, creator: user)
        let dinkes = try store.addAgency(Agency(code: "DINKES", name: "Dinas Kesehatan", kind: .dinas), by: user)
        let disdik = try store.addAgency(Agency(code: "DISDIK", name: "Dinas Pendidikan", kind: .dinas), by: user)
        for (title, agency) in [("Antar Obat", dinkes), ("Sekolah Ramah", disdik)] {
            var innovation = Innovation(
                title: title, agencyID: agency.id, form: .publicService, kind: .digital, stage: .implementation,
                initiatorKind: .agency, initiatorName: agency.name, affair: "kesehatan", isMain: false,
                startedOn: Date(timeIntervalSince1970: 1_735_689_600))
            if agency.id == dinkes.id {
                innovation.profile.enactment = Enactment(
                    kind: .headRegulation, number: "12/2025", on: Date(timeIntervalSince1970: 1_740_000_000))
            }
            _ = try store.addInnovation(innovation, by: user)
        }
        return sandbox
    }

    static func evidence(_ sandbox: CLISandbox, _ target: Int64?) throws -> [IIDEvidence] {
        try Store.open(at: sandbox.defaultStore, mode: .readOnly).iidEvidence(year: 2026, innovationID: target)
    }

    static func content(_ sandbox: CLISandbox) throws -> StoreExport {
        try Store.open(at: sandbox.defaultStore, mode: .readOnly).export(.all, now: Date(timeIntervalSince1970: 0))
    }

    static func write(_ text: String, _ name: String, _ sandbox: CLISandbox) throws -> String {
        let file = sandbox.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    @Test func setRecordsALevelAndEvidenceListsIt() throws {
        let sandbox = try Self.store()
        let set = try sandbox.run(
            ["iid", "set", "1", "17", "2", "--evidence", "sk-tim.pdf", "--note", "12 orang", "--year", "2026"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("17"))
        let again = try sandbox.run(
            ["iid", "set", "1", "17", "2", "--evidence", "sk-tim.pdf", "--note", "12 orang", "--year", "2026"])
        #expect(again.status == 0)
        #expect(again.stdout != set.stdout)
        let region = try sandbox.run(["iid", "set", "region", "6A", "3", "--evidence", "lkj.pdf", "--year", "2026"])
        #expect(region.status == 0, "\(region.stderr)")
        #expect(try Self.evidence(sandbox, 1).map(\.level) == [2])
        #expect(try Self.evidence(sandbox, nil).map(\.indicator) == ["6a"])
        let audit = try Store.open(at: sandbox.defaultStore, mode: .readOnly).auditLog(entity: "iid_evidence", id: 1)
        #expect(audit.count == 1)

        let listed = try sandbox.run(["iid", "evidence", "1", "--year", "2026", "--format", "json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 20)
        let regulasi = try #require(rows.first { $0["indicator"] as? String == "16" })
        #expect(regulasi["source"] as? String == "enactment" && regulasi["level"] as? Int == 2)
        let sdm = try #require(rows.first { $0["indicator"] as? String == "17" })
        #expect(sdm["level"] as? Int == 2 && sdm["document"] as? String == "sk-tim.pdf")
        #expect(sdm["note"] as? String == "12 orang" && sdm["enteredBy"] as? String == Store.currentUserName())
        let video = try #require(rows.first { $0["indicator"] as? String == "35" })
        #expect(video["source"] as? String == "none" && video["level"] is NSNull)
        let table = try sandbox.run(["iid", "evidence", "1", "--year", "2026", "--lang", "en"])
        #expect(table.stdout.contains("2 of 20 indicators entered"))
        #expect(table.stdout.contains("sk-tim.pdf"))
    }

    @Test func setRefusesRegulasiUnknownIndicatorsBadLevelsAndUnknownInnovations() throws {
        let sandbox = try Self.store()
        let before = try Self.content(sandbox)
        let regulasi = try sandbox.run(["iid", "set", "1", "16", "3", "--evidence", "perda.pdf", "--year", "2026"])
        #expect(regulasi.status == 1)
        #expect(regulasi.stderr.contains("inovasi innovation edit 1 --enactment-kind"))
        let cases: [[String]] = [
            ["iid", "set", "1", "99", "1"], ["iid", "set", "1", "6a", "1"], ["iid", "set", "region", "17", "1"],
            ["iid", "set", "1", "17", "4"], ["iid", "set", "1", "17", "dua"], ["iid", "set", "abc", "17", "1"],
            ["iid", "set", "9", "17", "1", "--evidence", "x"],
        ]
        for arguments in cases {
            let result = try sandbox.run(arguments + ["--year", "2026"])
            #expect(result.status == 1, "\(arguments)")
            #expect(!result.stderr.isEmpty, "\(arguments)")
        }
        #expect(try Self.content(sandbox) == before)
    }

    @Test func importWritesEveryRowInOneGoAndAgainChangesNothing() throws {
        let sandbox = try Self.store()
        let file = try Self.write(
            "Inovasi;Indikator;Level;Bukti;Catatan\n1;17;2;sk-tim.pdf;12 orang\n1;35;3;https://youtu.be/x;\n"
                + "2;17;1;;\ndaerah;6a;3;lkj.pdf;\n", "bukti.csv", sandbox)
        let dry = try sandbox.run(["import", "iid", file, "--year", "2026", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(try Self.evidence(sandbox, 1).isEmpty)
        let result = try sandbox.run(["import", "iid", file, "--year", "2026", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("4 recorded, 0 already the same"))
        #expect(try Self.evidence(sandbox, 1).map(\.indicator) == ["17", "35"])
        #expect(try Self.evidence(sandbox, 2).map(\.level) == [1])
        #expect(try Self.evidence(sandbox, nil).map(\.document) == ["lkj.pdf"])
        let audit = try Store.open(at: sandbox.defaultStore, mode: .readOnly).auditLog(entity: "iid_evidence", id: 1)
        #expect(audit.count == 2 && audit.allSatisfy { $0.note.hasPrefix("import: ") })
        let again = try sandbox.run(["import", "iid", file, "--year", "2026", "--lang", "en"])
        #expect(again.stdout.contains("0 recorded, 4 already the same"))
    }

    @Test func importNamesEveryBadRowWithItsLineAndColumnAndSavesNothing() throws {
        let sandbox = try Self.store()
        let before = try Self.content(sandbox)
        let file = try Self.write(
            "inovasi,indikator,level,bukti\n1,17,2,ok.pdf\nabc,17,1,x\n1,16,3,perda.pdf\n1,99,1,x\n1,18,7,x\n"
                + "region,17,1,x\n1,17,1,again.pdf\n,18,1,x\n", "bukti.csv", sandbox)
        let result = try sandbox.run(["import", "iid", file, "--year", "2026", "--lang", "en"])
        #expect(result.status == 1)
        for expected in [
            "line 3, column inovasi", "line 4, column indikator", "line 5, column indikator",
            "line 6, column level", "line 7, column indikator", "line 8, column indikator", "line 9, column inovasi",
        ] {
            #expect(result.stderr.contains(expected), "\(expected): \(result.stderr)")
        }
        #expect(!result.stderr.contains("line 2,"))
        #expect(try Self.content(sandbox) == before)

        // What only the store knows (an innovation that does not exist) is named the same way.
        let unknown = try Self.write("inovasi,indikator,level\n1,17,2\n42,17,1\n", "lain.csv", sandbox)
        let refused = try sandbox.run(["import", "iid", unknown, "--year", "2026", "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("line 3, column inovasi"), "\(refused.stderr)")
        #expect(try Self.content(sandbox) == before)
    }
}
