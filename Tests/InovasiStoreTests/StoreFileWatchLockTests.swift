import Foundation
import InovasiApp
import InovasiCore
import InovasiStore
import Testing

/// The kiosk looks at its file every tick; looking must never cost the store its locks, or a writer
/// in another process deletes the `-wal` and `-shm` under it and the kiosk never sees a change again.
@Suite("Store dashboard source: the file checks keep the store's locks", .serialized)
struct StoreFileWatchLockTests {
    @Test("after many file checks, a write by another process is still seen")
    func checksKeepLocks() throws {
        let fixture = try Fixture()
        fixture.store.close()
        let source = StoreDashboardSource(store: try Store.open(at: fixture.path, mode: .readOnly), actor: "kiosk")
        let before = try source.progress(now: Fixture.now, overdueDays: 14).count
        let version = try source.dataVersion()
        for _ in 0..<5 { #expect(source.checkFile() == .unchanged) }
        #expect(FileManager.default.createFile(atPath: fixture.path + ".go", contents: Data()))
        let run = try Worker.run(["write", fixture.path, "1", "LAIN", Fixture.admin])
        #expect(run.status == 0, "\(run.errors)")
        #expect(source.checkFile() == .unchanged)
        #expect(try source.dataVersion() != version)
        #expect(try source.progress(now: Fixture.now, overdueDays: 14).count == before + 1)
        #expect(FileManager.default.fileExists(atPath: fixture.path + "-shm"))
        // A second writer: with the locks lost, it would write into a new log the source never reads.
        for _ in 0..<3 { #expect(source.checkFile() == .unchanged) }
        let again = try Worker.run(["write", fixture.path, "1", "LAGI", Fixture.admin])
        #expect(again.status == 0, "\(again.errors)")
        #expect(try source.progress(now: Fixture.now, overdueDays: 14).count == before + 2)
    }
}
