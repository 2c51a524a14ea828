import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: creating and opening files")
struct StoreLifecycleTests {
    let now = Fixture.now

    /// Creates a store with one OPD at `path` and closes it (the store is released on return).
    func makeClosedStore(at path: String) throws {
        let store = try Store.create(at: path, creator: "admin", now: now)
        _ = try store.addAgency(Agency(code: "DINKES", name: "Dinas Kesehatan", kind: .dinas), by: "admin", now: now)
    }

    @Test func createRunsMigrationsFromEmptyAndMarksTheFile() throws {
        let folder = try TestFolder()
        let path = folder.path("inovasi.sqlite")
        try makeClosedStore(at: path)
        let header = try bytes(of: path)
        #expect(header.prefix(16) == Data("SQLite format 3\0".utf8))
        #expect(Array(header[68..<72]) == Array("INOV".utf8))
        #expect(Array(header[60..<64]) == [0, 0, 0, UInt8(Store.schemaVersion)])

        let store = try Store.open(at: path)
        #expect(try store.users() == [User(name: "admin", role: .admin)])
        #expect(try store.agencies().map(\.code) == ["DINKES"])
        #expect(try store.check() == [])
        let log = try store.auditLog(limit: 10)
        #expect(log.map(\.action) == ["agency.add", "store.create"])
        #expect(log.allSatisfy { $0.user == "admin" })
    }

    @Test func createMakesPrivateFolderAndFile() throws {
        let folder = try TestFolder()
        let path = folder.path("a/b/inovasi.sqlite")
        _ = try Store.create(at: path, creator: "admin", now: now)
        #expect(try mode(of: folder.path("a")) == 0o700)
        #expect(try mode(of: folder.path("a/b")) == 0o700)
        #expect(try mode(of: path) == 0o600)
    }

    @Test func createRefusesAnExistingFileAndLeavesIt() throws {
        let folder = try TestFolder()
        let path = folder.path("notes.txt")
        try Data("catatan rapat\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.fileExists(path: path)) { try Store.create(at: path, creator: "admin") }
        #expect(try bytes(of: path) == Data("catatan rapat\n".utf8))

        let storePath = folder.path("inovasi.sqlite")
        try makeClosedStore(at: storePath)
        let before = try bytes(of: storePath)
        #expect(throws: StoreError.fileExists(path: storePath)) { try Store.create(at: storePath, creator: "x") }
        #expect(try bytes(of: storePath) == before)
    }

    @Test func createRefusesALeftoverWriteAheadLog() throws {
        let folder = try TestFolder()
        let path = folder.path("inovasi.sqlite")
        try Data("old".utf8).write(to: URL(fileURLWithPath: path + "-wal"))
        #expect(throws: StoreError.fileExists(path: path + "-wal")) { try Store.create(at: path, creator: "admin") }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func openRefusesAMissingFileAndCreatesNothing() throws {
        let folder = try TestFolder()
        let path = folder.path("missing/inovasi.sqlite")
        #expect(throws: StoreError.notFound(path: path)) { try Store.open(at: path) }
        #expect(throws: StoreError.notFound(path: path)) { try Store.open(at: path, mode: .readOnly) }
        #expect(try folder.listing() == [])
    }

    @Test func openRefusesANewerSchemaAndLeavesTheFileUnchanged() throws {
        let folder = try TestFolder()
        let path = folder.path("inovasi.sqlite")
        try makeClosedStore(at: path)
        try patch(path, at: 60, with: [0, 0, 0, UInt8(Store.schemaVersion + 1)])
        let before = try bytes(of: path)
        let expected = StoreError.newerSchema(
            path: path, found: Store.schemaVersion + 1, supported: Store.schemaVersion)
        #expect(throws: expected) { try Store.open(at: path) }
        #expect(throws: expected) { try Store.open(at: path, mode: .readOnly) }
        #expect(try bytes(of: path) == before)
        #expect(try folder.listing() == ["inovasi.sqlite"])
    }

    @Test func openRefusesANonSQLiteFileUnchanged() throws {
        let folder = try TestFolder()
        let path = folder.path("laporan.csv")
        let text = Data(String(repeating: "opd;inovasi;tahap\nDINKES;I-HATI;penerapan\n", count: 200).utf8)
        try text.write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: StoreError.self) { try Store.open(at: path) }
        guard case .notAnInovasiStore(let errorPath, let detail) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(errorPath == path)
        #expect(detail.hasPrefix("not-sqlite"))
        #expect(try bytes(of: path) == text)
        #expect(try folder.listing() == ["laporan.csv"])
    }

    @Test func openRefusesAnEmptyFile() throws {
        let folder = try TestFolder()
        let path = folder.path("kosong.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(throws: StoreError.notAnInovasiStore(path: path, detail: "empty")) { try Store.open(at: path) }
        #expect(try bytes(of: path).isEmpty)
    }

    @Test func openRefusesAnotherProgramsDatabaseUnchanged() throws {
        let folder = try TestFolder()
        let path = folder.path("other.sqlite")
        try makeClosedStore(at: path)
        try patch(path, at: 68, with: [0x12, 0x34, 0x56, 0x78])
        let before = try bytes(of: path)
        let error = try #require(throws: StoreError.self) { try Store.open(at: path, mode: .readOnly) }
        #expect(error == .notAnInovasiStore(path: path, detail: "foreign-application: application_id 0x12345678"))
        #expect(try bytes(of: path) == before)
        #expect(try folder.listing() == ["other.sqlite"])
    }

    @Test(arguments: [0.5, 0.75])
    func openRefusesATruncatedStoreUnchanged(keeping fraction: Double) throws {
        let folder = try TestFolder()
        let path = folder.path("inovasi.sqlite")
        try makeClosedStore(at: path)
        let full = try bytes(of: path)
        let cut = full.prefix(Int(Double(full.count) * fraction))
        try cut.write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: StoreError.self) { try Store.open(at: path) }
        guard case .notAnInovasiStore(_, let detail) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(detail.hasPrefix("truncated"))
        #expect(try bytes(of: path) == cut)
        #expect(try folder.listing() == ["inovasi.sqlite"])
    }

    @Test func openRefusesAHeaderCutShort() throws {
        let folder = try TestFolder()
        let path = folder.path("inovasi.sqlite")
        try makeClosedStore(at: path)
        let cut = try bytes(of: path).prefix(60)
        try cut.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notAnInovasiStore(path: path, detail: "truncated: size=60")) {
            try Store.open(at: path)
        }
        #expect(try bytes(of: path) == cut)
    }

    @Test func openRefusesAFolder() throws {
        let folder = try TestFolder()
        #expect(throws: StoreError.notAnInovasiStore(path: folder.url.path, detail: "not-a-regular-file")) {
            try Store.open(at: folder.url.path)
        }
    }
}
