import Foundation
import InovasiCore
import Testing

@testable import InovasiStore

/// Messages about the store's files say only what is true, and name the files and the fix.
@Suite("Store: messages about the files")
struct StoreFileMessageTests {
    let path = "/srv/inovasi/inovasi.sqlite"

    @Test func damageFoundBySQLiteNeverClaimsTheFileWasUnchanged() {
        let error = StoreError.notAnInovasiStore(path: path, detail: "damaged: database disk image is malformed")
        #expect(error.exitCode == 2)
        for language in Language.allCases {
            let message = error.message(language)
            #expect(message.contains(path))
            #expect(message.contains("inovasi check"), "\(message)")
            #expect(!message.contains("unchanged") && !message.contains("tidak diubah"), "\(message)")
        }
    }

    @Test func aStaleLogNamesBothFilesAndBothWaysOut() {
        let error = StoreError.staleLog(path: path, log: path + "-wal")
        #expect(error.exitCode == 2)
        for language in Language.allCases {
            let message = error.message(language)
            #expect(message.contains(path + "-wal") && message.contains(path + "-shm"), "\(message)")
            #expect(message.contains("inovasi check --merge-wal --data \(path)"), "\(message)")
        }
    }

    @Test func disagreeingMarksNameBothValues() {
        let error = StoreError.schemaMismatch(path: path, header: 3, meta: "99", supported: 3)
        #expect(error.exitCode == 2)
        #expect(StoreError.inUse(path: path).exitCode == 1)
        for language in Language.allCases {
            let message = error.message(language)
            #expect(message.contains(": 3") && message.contains(": 99"), "\(message)")
        }
    }

    @Test func aLogIsReadAsSQLiteRecoversIt() {
        #expect(WALFile.committedFrames { _, _ in nil } == 0)
        let junk = [UInt8](repeating: 0xA5, count: 4_096 + 56)
        let frames = WALFile.committedFrames { offset, count in
            offset + count <= junk.count ? Array(junk[offset..<(offset + count)]) : nil
        }
        #expect(frames == 0)
    }
}
