import Foundation
import GRDB
import InovasiCore

/// A value in the file that the domain cannot read back (a status no build knows, a bad time).
struct CorruptValue: Error {
    var table: String
    var column: String
    var value: String
}

/// A row the same transaction just wrote could not be read back.
struct MissingRow: Error {
    var table: String
    var id: Int64
}

extension StoreError {
    /// Turns whatever a GRDB call threw into the refusal a person can act on.
    static func from(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? ValidationError { return .validation(error) }
        if let error = error as? CorruptValue {
            let facts = "\(error.table).\(error.column) = '\(error.value)'"
            return .notAnInovasiStore(path: path, detail: FileProblem.damaged.detail(facts))
        }
        if let error = error as? MissingRow {
            return .io(path: path, detail: DetailText.missingRow(table: error.table, id: error.id))
        }
        if let error = error as? DatabaseError { return from(error, path: path) }
        return .io(path: path, detail: String(describing: error))
    }

    private static func from(_ error: DatabaseError, path: String) -> StoreError {
        // SQLite's own message is English; the code says the same in any language.
        let detail = DetailText.sqlite(error.extendedResultCode.rawValue)
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path)
        case .SQLITE_READONLY:
            return .readOnly(path: path)
        case .SQLITE_NOTADB:
            return .notAnInovasiStore(path: path, detail: FileProblem.notSQLite.detail(detail))
        case .SQLITE_CORRUPT:
            return .notAnInovasiStore(path: path, detail: FileProblem.damaged.detail(detail))
        default:
            return .io(path: path, detail: detail)
        }
    }
}
