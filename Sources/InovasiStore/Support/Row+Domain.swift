import Foundation
import GRDB

/// Reading domain values out of rows without trapping on a damaged file.
extension Row {
    /// A column's value; a NULL or wrong type throws instead of trapping.
    func value<T: DatabaseValueConvertible>(_ column: String) throws -> T {
        try decode(T.self, forColumn: column)
    }

    /// The value at `index` of the SELECT list: for rows read by the thousand, where a lookup by
    /// name (GRDB lower-cases every column name on each lookup) costs more than the SQL itself.
    func value<T: DatabaseValueConvertible>(at index: Int) throws -> T {
        try decode(T.self, atIndex: index)
    }

    /// A text column in full: read as bytes when the SELECT list casts it to a BLOB (see
    /// ``StoredText``), so a NUL inside it does not end the text there; invalid UTF-8 becomes `�`.
    func value(_ column: String) throws -> String {
        try Self.fullText(try decode(DatabaseValue.self, forColumn: column), column: column)
    }

    /// A text column in full that may be NULL (see ``value(_:)-(String)``).
    func value(_ column: String) throws -> String? {
        let stored = try decode(DatabaseValue.self, forColumn: column)
        return stored.isNull ? nil : try Self.fullText(stored, column: column)
    }

    /// The text at `index` of the SELECT list in full (see ``value(_:)-(String)``).
    func value(at index: Int) throws -> String {
        try Self.fullText(try decode(DatabaseValue.self, atIndex: index), column: "#\(index)")
    }

    /// The text at `index` of the SELECT list in full, or nil for NULL.
    func value(at index: Int) throws -> String? {
        let stored = try decode(DatabaseValue.self, atIndex: index)
        return stored.isNull ? nil : try Self.fullText(stored, column: "#\(index)")
    }

    private static func fullText(_ stored: DatabaseValue, column: String) throws -> String {
        switch stored.storage {
        case .string(let text): return text
        case .blob(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .null: throw CorruptValue(table: "?", column: column, value: "NULL")
        }
    }

    /// A stored UTC time at `index` of the SELECT list; `column` names it in an error.
    func time(at index: Int, column: String, table: String) throws -> Date {
        let text: String = try value(at: index)
        guard let date = StoredTime.date(text) else {
            throw CorruptValue(table: table, column: column, value: text)
        }
        return date
    }

    /// An enum stored as its raw value, at `index` of the SELECT list; `column` names it in an error.
    func enumValue<T: RawRepresentable>(at index: Int, column: String, table: String) throws -> T
    where T.RawValue == String {
        let text: String = try value(at: index)
        guard let result = T(rawValue: text) else {
            throw CorruptValue(table: table, column: column, value: text)
        }
        return result
    }

    /// A stored UTC time (see `StoredTime`).
    func time(_ column: String, table: String) throws -> Date {
        let text: String = try value(column)
        guard let date = StoredTime.date(text) else {
            throw CorruptValue(table: table, column: column, value: text)
        }
        return date
    }

    /// A stored UTC time that may be NULL.
    func optionalTime(_ column: String, table: String) throws -> Date? {
        let stored: String? = try value(column)
        guard let text = stored else { return nil }
        guard let date = StoredTime.date(text) else {
            throw CorruptValue(table: table, column: column, value: text)
        }
        return date
    }

    /// An enum stored as its raw value.
    func enumValue<T: RawRepresentable>(_ column: String, table: String) throws -> T where T.RawValue == String {
        let text: String = try value(column)
        guard let result = T(rawValue: text) else {
            throw CorruptValue(table: table, column: column, value: text)
        }
        return result
    }
}
