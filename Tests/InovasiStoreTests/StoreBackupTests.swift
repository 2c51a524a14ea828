import Foundation
import InovasiCore
import InovasiStore
import Testing

/// `backup` and `restore` with other processes on the file.
@Suite("Store: backup, restore and stale logs")
struct StoreBackupTests {
    @Test func aBackupTakenWhileAnotherProcessWritesIsConsistentAndRestores() throws {
        let folder = try TestFolder()
        let path = folder.path("inovasi.sqlite")
        _ = try Store.create(at: path, creator: Store.currentUserName())
        let count = 400
        let writer = try Worker(["write", path, String(count), "W"])
        #expect(writer.waitFor("ready"))
        #expect(FileManager.default.createFile(atPath: path + ".go", contents: Data()))
        let store = try Store.open(at: path, mode: .readOnly)
        // Wait until the writer is under way, then copy while it goes on.
        while try store.agencies().count < 20 { usleep(2_000) }
        let backup = folder.path("backup.sqlite")
        try store.backup(to: backup)
        #expect(writer.waitFor("done \(count)"))
        writer.process.waitUntilExit()
        #expect(writer.process.terminationStatus == 0, "\(writer.errorText())")

        // The copy is one snapshot: whole transactions, the first k OPDs and their audit rows.
        let copy = try Store.open(at: backup, mode: .readOnly)
        #expect(try copy.check() == [])
        let codes = try copy.agencies().map(\.code)
        #expect(codes.count >= 20 && codes.count < count, "\(codes.count) OPDs in the copy")
        #expect(Set(codes) == Set((1...codes.count).map { "W-\($0)" }))
        let added = try copy.auditLog(limit: 10_000).filter { $0.action == "agency.add" }
        #expect(added.count == codes.count)
        #expect(throws: StoreError.fileExists(path: backup)) { try store.backup(to: backup) }

        let outcome = try Store.restore(from: backup, to: path)
        #expect(outcome.problems == [])
        let kept = try #require(outcome.keptAs)
        #expect(kept.hasPrefix(path + ".before-restore-"))
        let restored = try Store.open(at: path)
        #expect(try restored.check() == [])
        #expect(try restored.agencies().map(\.code).sorted() == codes.sorted())
        #expect(try Store.open(at: kept, mode: .readOnly).agencies().count == count)
        _ = store
    }

    @Test func restoreIsRefusedWhileAWriterHasTheStoreOpenButNotForAReader() throws {
        let folder = try TestFolder()
        let path = folder.path("inovasi.sqlite")
        let backup = folder.path("backup.sqlite")
        let admin = Store.currentUserName()
        do {
            let store = try Store.create(at: path, creator: admin)
            try store.backup(to: backup)
            _ = try store.addAgency(Agency(code: "BARU", name: "Dinas Baru", kind: .dinas), by: admin)
            let before = try bytes(of: path)
            #expect(throws: StoreError.inUse(path: path)) { try Store.restore(from: backup, to: path) }
            #expect(try bytes(of: path) == before)
            #expect(try folder.listing().filter { $0.contains("before-restore") } == [])
        }
        #expect(chmod(path, 0o640) == 0)
        let reader = try Store.open(at: path, mode: .readOnly)
        let outcome = try Store.restore(from: backup, to: path)
        #expect(outcome.problems == [])
        #expect(try Store.open(at: path).agencies() == [])
        #expect(try mode(of: path) == 0o640, "the restored file keeps the store's mode")
        _ = reader
    }

    @Test func aBackupThatIsNotSoundIsRefusedAndNothingChanges() throws {
        let folder = try TestFolder()
        let path = folder.path("inovasi.sqlite")
        _ = try Store.create(at: path, creator: Store.currentUserName())
        let notes = folder.path("notes.sqlite")
        try Data("bukan cadangan".utf8).write(to: URL(fileURLWithPath: notes))
        let before = try bytes(of: path)
        #expect(throws: StoreError.self) { try Store.restore(from: notes, to: path) }
        #expect(try bytes(of: path) == before)
        #expect(try folder.listing() == ["inovasi.sqlite", "notes.sqlite"])
    }

    @Test func aKilledWritersLogIsMergedButRefusedOnceTheFileWasTouchedUntilMergedOnRequest() throws {
        let folder = try TestFolder()
        let path = folder.path("inovasi.sqlite")
        _ = try Store.create(at: path, creator: Store.currentUserName())
        for tag in ["SISA", "LAGI"] {
            let worker = try Worker(["commit", path, tag])
            #expect(worker.waitFor("committed"))
            #expect(kill(worker.process.processIdentifier, SIGKILL) == 0)
            worker.process.waitUntilExit()
        }
        // The second writer found the first one's log on top of the untouched file: merged.
        let log = try bytes(of: path + "-wal")
        // The same bytes written again: the file was touched after the log, as a copy over it would.
        let main = try bytes(of: path)
        try main.write(to: URL(fileURLWithPath: path))
        for mode in [Store.AccessMode.readWrite, .readOnly] {
            #expect(throws: StoreError.staleLog(path: path, log: path + "-wal")) {
                try Store.open(at: path, mode: mode)
            }
            #expect(try bytes(of: path) == main)
            #expect(try bytes(of: path + "-wal") == log)
        }
        try Store.mergeStaleLog(at: path)
        let store = try Store.open(at: path)
        #expect(try store.agencies().map(\.code).sorted() == ["LAGI", "SISA"])
        #expect(try store.check() == [])
    }
}
