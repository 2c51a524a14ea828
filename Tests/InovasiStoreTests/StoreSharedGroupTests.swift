import Foundation
import InovasiCore
import InovasiStore
import Testing

/// The README's shared set-up, with real Unix identities: a group, its folder 2770 and the store
/// 0660, each user with umask 022 and their own primary group. Needs root to switch identities
/// (`setpriv`); uids and the group id need no passwd entries.
@Suite("Store: several Unix users of one group share a store", .serialized)
struct StoreSharedGroupTests {
    static let group: gid_t = 47_300
    static let firstUID: uid_t = 47_301
    static let users = 8
    static let writes = 10

    /// A store of `users` admins in a 2770 folder of the group, closed, so no `-wal`/`-shm` exists.
    func sharedStore(_ folder: TestFolder) throws -> String {
        let data = folder.path("shared")
        let path = data + "/inovasi.sqlite"
        do {
            let store = try Store.create(at: path, creator: Fixture.admin)
            for index in 0..<Self.users {
                try store.addUser(User(name: "berbagi\(index)", role: .admin), by: Fixture.admin)
            }
        }
        #expect(chown(data, 0, Self.group) == 0 && chmod(data, 0o2770) == 0)
        #expect(chown(path, 0, Self.group) == 0 && chmod(path, 0o660) == 0)
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
        return path
    }

    /// The worker run as user number `index` of the group, with umask 022.
    static func asUser(_ index: Int, _ arguments: [String]) throws -> [String] {
        let uid = Self.firstUID + uid_t(index)
        return [
            "--reuid=\(uid)", "--regid=\(uid)", "--groups=\(Self.group)", "--", "/bin/sh", "-c",
            "umask 022 && exec \"$0\" \"$@\"", try Worker.executable().path,
        ] + arguments
    }

    static func setpriv(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text, problems)
    }

    /// The race lasts microseconds, so the round is run on three fresh stores.
    @Test(
        "8 users × 10 writes at once, each by a new open, umask 022, no -shm yet: every write succeeds",
        .enabled(if: getuid() == 0, "needs root to run the writers as other Unix users"), arguments: 0..<3)
    func concurrentFirstWrites(round: Int) throws {
        let saved = umask(0o022)
        defer { umask(saved) }
        let folder = try TestFolder()
        let path = try sharedStore(folder)
        #expect(FileManager.default.createFile(atPath: path + ".go", contents: Data()))
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: Self.users) { index in
            let arguments = try? Self.asUser(
                index, ["write-each", path, String(Self.writes), "U\(index)", "berbagi\(index)"])
            results.add(arguments.flatMap { try? Self.setpriv($0) })
        }
        let all = results.all
        #expect(all.count == Self.users)
        for result in all {
            #expect(result?.status == 0, "\(result?.errors ?? "did not start")")
        }
        let store = try Store.open(at: path, mode: .readOnly)
        #expect(try store.agencies().count == Self.users * Self.writes)
        _ = round
    }

    /// The root cause of the refused first writes: with umask 022 SQLite creates `-wal`/`-shm` as
    /// 0640 and widens them a moment later; another user opening them meanwhile gets them read-only.
    @Test("opening a group-writable store keeps the store's group bits out of the umask")
    func umaskKeepsGroupBits() throws {
        let folder = try TestFolder()
        let path = folder.path("inovasi.sqlite")
        do { _ = try Store.create(at: path, creator: Fixture.admin) }
        #expect(chmod(path, 0o660) == 0)
        let saved = umask(0o022)
        defer { umask(saved) }
        _ = try Store.open(at: path, mode: .readOnly)
        let now = umask(0o022)
        #expect(now == 0o002)
        #expect(chmod(path, 0o600) == 0)
        _ = try Store.open(at: path, mode: .readOnly)
        #expect(umask(0o022) == 0o022)
    }

    @Test(
        "a -shm left 0444 by another user is named with its fix (exit 2), and nothing is changed",
        .enabled(if: getuid() == 0, "needs root to run the writer as another Unix user"))
    func foreignReadOnlyShm() throws {
        let folder = try TestFolder()
        let path = try sharedStore(folder)
        #expect(FileManager.default.createFile(atPath: path + "-shm", contents: Data()))
        #expect(chmod(path + "-shm", 0o444) == 0)
        #expect(FileManager.default.createFile(atPath: path + ".go", contents: Data()))
        let result = try Self.setpriv(try Self.asUser(0, ["write", path, "1", "R", "berbagi0"]))
        #expect(result.status == 2)
        #expect(result.errors.contains(path + "-shm"))
        #expect(result.errors.contains("chmod 660"))
    }

    @Test(
        "a -shm of the user's own left 0444 is given the store's mode and the write succeeds",
        .enabled(if: getuid() == 0, "needs root to run the writer as another Unix user"))
    func ownReadOnlyShm() throws {
        let saved = umask(0o022)
        defer { umask(saved) }
        let folder = try TestFolder()
        let path = try sharedStore(folder)
        #expect(FileManager.default.createFile(atPath: path + "-shm", contents: Data()))
        #expect(chown(path + "-shm", Self.firstUID, Self.group) == 0 && chmod(path + "-shm", 0o444) == 0)
        #expect(FileManager.default.createFile(atPath: path + ".go", contents: Data()))
        let result = try Self.setpriv(try Self.asUser(0, ["write", path, "2", "S", "berbagi0"]))
        #expect(result.status == 0, "\(result.errors)")
        #expect(try Store.open(at: path, mode: .readOnly).agencies().count == 2)
    }

    @Test(
        "reading a store in a folder the user cannot write fails with exit 2 and names the folder",
        .enabled(if: getuid() == 0, "needs root to run the reader as another Unix user"))
    func readOnlyFolder() throws {
        let folder = try TestFolder()
        let path = try sharedStore(folder)
        let data = (path as NSString).deletingLastPathComponent
        #expect(chmod(data, 0o2750) == 0 && chmod(path, 0o640) == 0)
        let result = try Self.setpriv(try Self.asUser(0, ["read", path]))
        #expect(result.status == 2, "\(result.output) \(result.errors)")
        #expect(result.errors.contains("folder \(data)"))
        #expect(result.errors.contains("chmod 2770"))
    }
}

/// What each concurrent writer ended with.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(status: Int32, output: String, errors: String)?] = []

    func add(_ item: (status: Int32, output: String, errors: String)?) {
        lock.withLock { items.append(item) }
    }

    var all: [(status: Int32, output: String, errors: String)?] { lock.withLock { items } }
}
