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
