import Foundation
import Testing

@Suite("inovasi check and damaged files")
struct CheckCommandTests {
    @Test("check passes on the demo store")
    func clean() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.makeDemo()
        let result = try sandbox.run(["check"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(sandbox.defaultStore))
    }

    @Test("check fails with exit status 2 on a damaged store")
    func damaged() throws {
        let sandbox = try CLISandbox()
        let path = try sandbox.makeDemo()
        let url = URL(fileURLWithPath: path)
        var bytes = try Data(contentsOf: url)
        #expect(bytes.count > 16_384)
        // Overwrite pages in the middle of the file (not the header) with garbage.
        let start = bytes.count / 2
        bytes.replaceSubrange(start..<(start + 8_192), with: Data(repeating: 0xA5, count: 8_192))
        try bytes.write(to: url)
        let result = try sandbox.run(["check"])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test("a file that is not an inovasi store is refused with 2 and left unchanged")
    func foreignFile() throws {
        let sandbox = try CLISandbox()
        let path = sandbox.path("notes.sqlite")
        let content = Data("Catatan rapat, bukan basis data.\n".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        for command in [["report"], ["queue"], ["check"], ["users", "list"], ["sessions"], ["demo"]] {
            let result = try sandbox.run(command + ["--data", path])
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(result.stderr.contains(path), "\(command) should name the file")
            #expect(result.stdout.isEmpty)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
    }

    @Test("a missing store is a store problem (2) that names the path")
    func missing() throws {
        let sandbox = try CLISandbox()
        let result = try sandbox.run(["report", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(sandbox.defaultStore))
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultStore))
    }
}
