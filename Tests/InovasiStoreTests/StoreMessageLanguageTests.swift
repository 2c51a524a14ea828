import Foundation
import GRDB
import InovasiCore
import Testing

@testable import InovasiStore

/// Store messages in Bahasa Indonesia carry no English fragment from the system, SQLite or the
/// file header check (issue 8, point 9).
@Suite("Store: messages without English fragments")
struct StoreMessageLanguageTests {
    static let now = Date(timeIntervalSince1970: 1_796_612_400)

    @Test("a truncated store's sizes are told in the reader's language")
    func truncatedSizes() throws {
        let folder = try TestFolder()
        let path = folder.path("inovasi.sqlite")
        _ = try Store.create(at: path, creator: "admin", now: Self.now)
        let full = try Data(contentsOf: URL(fileURLWithPath: path))
        try full.prefix(4096).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: StoreError.self) { try Store.open(at: path) }
        let indonesian = error.message(.id)
        #expect(indonesian.contains("4096 dari \(full.count) bita"), "\(indonesian)")
        #expect(!indonesian.contains("bytes") && !indonesian.contains(" of "), "\(indonesian)")
        #expect(error.message(.en).contains("4096 of \(full.count) bytes"))
    }

    @Test("a system error is told in our words, not strerror's English")
    func systemErrorInOurWords() throws {
        let folder = try TestFolder()
        let file = folder.path("plain")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let error = try #require(throws: StoreError.self) { try Store.open(at: file + "/inovasi.sqlite") }
        let indonesian = error.message(.id)
        #expect(!indonesian.contains("Not a directory"), "\(indonesian)")
        #expect(indonesian.contains("bukan folder"), "\(indonesian)")
        #expect(error.message(.en).contains("not a folder"))
    }

    @Test("SQLite's English message is replaced by its code")
    func sqliteMessageReplaced() {
        let sqlite = DatabaseError(resultCode: .SQLITE_IOERR, message: "disk I/O error")
        let error = StoreError.from(sqlite, path: "/srv/inovasi.sqlite")
        #expect(!error.message(.id).contains("disk I/O error"), "\(error.message(.id))")
        #expect(error.message(.id).contains("kode SQLite"))
    }
}
