import InovasiCore

/// Why a JSON file cannot be imported as a whole store, naming the file and the place in it.
public enum ExportFileProblem: Error, Hashable, Sendable {
    /// Not JSON at all, or not an object at the top.
    case malformed(path: String, reason: String)
    /// JSON, but not an `inovasi export` (its `format` key is missing or different).
    case notAnExport(path: String)
    /// An export of another schema version.
    case otherVersion(path: String, found: Int, wanted: Int)
    /// A table this store does not have.
    case unknownTable(path: String, table: String)
    /// A table that is not a list of objects, or a row that is not an object.
    case badRow(path: String, table: String, item: Int)
    /// A column the table does not have, or one it has that the row lacks.
    case badColumn(path: String, table: String, item: Int, column: String)
    /// A value that is neither text, a number nor null.
    case badValue(path: String, table: String, item: Int, column: String)
    /// The store already holds data beyond its first admin: an import of a whole store needs one
    /// made by `init`.
    case storeNotEmpty(tables: [String: Int])

    /// The message in both languages, naming what and where.
    public var message: Localized { ExportStoreText.message(self) }
}
