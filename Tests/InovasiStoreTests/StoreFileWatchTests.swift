import Foundation
import InovasiApp
import InovasiCore
import InovasiStore
import InovasiTUI
import Testing

/// The kiosk's data source follows its file: a renamed or deleted file is reported, a store moved
/// over the path (as a restore does) is opened and its data shown, a cut file is reported.
@Suite("Store dashboard source: follows its file")
struct StoreFileWatchTests {
    /// A read-only source (as the kiosk's) on the fixture's store, with no writer left open: as
    /// with a restore, the old file's log is checkpointed and gone before another file replaces it.
    func kioskSource(_ fixture: Fixture) throws -> StoreDashboardSource {
        fixture.store.close()
        return StoreDashboardSource(store: try Store.open(at: fixture.path, mode: .readOnly), actor: "kiosk")
    }

    @Test("renamed away: missing until it comes back")
    func renamed() throws {
        let fixture = try Fixture()
        let source = try kioskSource(fixture)
        #expect(source.checkFile() == .unchanged)
        let moved = fixture.path + ".moved"
        #expect(rename(fixture.path, moved) == 0)
        #expect(source.checkFile() == .missing(path: fixture.path))
        #expect(source.checkFile() == .missing(path: fixture.path))
        #expect(rename(moved, fixture.path) == 0)
        #expect(source.checkFile() == .unchanged)
    }

    @Test("replaced by another store: reopened, and the other store's data are read")
    func replaced() throws {
        let fixture = try Fixture()
        let source = try kioskSource(fixture)
        let before = try source.progress(now: Fixture.now, overdueDays: 14).count
        let other = fixture.folder.path("other.sqlite")
        do {
            let store = try Store.create(at: other, creator: Fixture.admin)
            _ = try store.addAgency(Agency(code: "BARU", name: "Dinas Baru", kind: .dinas), by: Fixture.admin)
        }
        #expect(rename(other, fixture.path) == 0)
        #expect(source.checkFile() == .reopened)
        let after = try source.progress(now: Fixture.now, overdueDays: 14)
        #expect(after.count != before)
        #expect(after.map(\.agency.code).contains("BARU"))
        #expect(source.checkFile() == .unchanged)
    }

    @Test("replaced by a file that is not a store: unreadable, retried, then a store is opened")
    func replacedByJunk() throws {
        let fixture = try Fixture()
        let source = try kioskSource(fixture)
        let junk = fixture.folder.path("junk")
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: junk))
        #expect(rename(junk, fixture.path) == 0)
        guard case .unreadable(let path, _) = source.checkFile() else {
            Issue.record("expected unreadable")
            return
        }
        #expect(path == fixture.path)
        let other = fixture.folder.path("other.sqlite")
        do { _ = try Store.create(at: other, creator: Fixture.admin) }
        #expect(rename(other, fixture.path) == 0)
        #expect(source.checkFile() == .reopened)
    }

    @Test("truncated in place: reported")
    func truncated() throws {
        let fixture = try Fixture()
        let source = try kioskSource(fixture)
        #expect(truncate(fixture.path, 0) == 0)
        #expect(source.checkFile() == .truncated(path: fixture.path))
    }
}
