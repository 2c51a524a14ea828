import Foundation
import InovasiCore

/// Facts of a store error, written as short tokens where they are found and put into words, in
/// the reader's language, only when the message is made.
///
/// `strerror`, SQLite's messages and hand-written English ("100 of 737280 bytes") used to be
/// pasted into the Indonesian messages as they were; a token keeps the fact (a number, a code)
/// and leaves the words to ``words(_:)``.
enum DetailText {
    /// An `errno` value.
    static func errno(_ code: Int32) -> String { "errno=\(code)" }

    /// A file's size in bytes, and the size its header promises when known.
    static func size(_ bytes: Int, of expected: Int? = nil) -> String {
        expected.map { "size=\(bytes)/\($0)" } ?? "size=\(bytes)"
    }

    /// A page size the header gives that SQLite never writes.
    static func pageSize(_ value: Int) -> String { "pagesize=\(value)" }

    /// An SQLite result code (primary or extended).
    static func sqlite(_ code: Int32) -> String { "sqlite=\(code)" }

    /// A row that was written and could not be read back.
    static func missingRow(table: String, id: Int64) -> String { "missingrow=\(table)/\(id)" }

    /// `detail` in words: a known token in `language`, anything else as it is.
    static func words(_ detail: String) -> Localized {
        let parts = detail.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return Localized(verbatim: detail) }
        let value = parts[1]
        let numbers = value.split(separator: "/").map(String.init)
        switch parts[0] {
        case "errno": return Int32(value).map(SystemText.errno) ?? Localized(verbatim: detail)
        case "size" where numbers.count == 2:
            return Localized(id: "\(numbers[0]) dari \(numbers[1]) bita", en: "\(numbers[0]) of \(numbers[1]) bytes")
        case "size": return Localized(id: "\(value) bita", en: "\(value) bytes")
        case "pagesize": return Localized(id: "ukuran halaman \(value)", en: "page size \(value)")
        case "sqlite": return Localized(id: "kode SQLite \(value)", en: "SQLite code \(value)")
        case "missingrow" where numbers.count == 2:
            return Localized(
                id: "baris \(numbers[0]) \(numbers[1]) tidak ada lagi sesudah ditulis",
                en: "row \(numbers[0]) \(numbers[1]) missing after it was written")
        default: return Localized(verbatim: detail)
        }
    }
}
