import InovasiCore

/// Why a file cannot be imported as a whole, or every row that cannot, so the person fixes all at once.
public enum ImportError: Error, Sendable, Equatable {
    /// The extension is not `.csv`, `.xlsx` or `.json`.
    case unknownFormat(path: String)
    /// No file at that path.
    case missing(path: String)
    /// The file cannot be opened or read.
    case unreadable(path: String)
    /// A CSV file that is not UTF-8; `found` names what it looks like when that is known.
    case notUTF8(path: String, found: String?)
    /// A file whose content is not what its extension says.
    case malformed(path: String, format: ImportFormat, reason: String)
    /// `--sheet` given for a file that is not a workbook.
    case sheetWithoutWorkbook(path: String)
    /// `--sheet` names a sheet the workbook does not have.
    case unknownSheet(name: String, sheets: [String])
    /// No header row, or no rows under it.
    case empty(path: String)
    /// Required columns the header lacks, by their Indonesian and English names.
    case missingColumns([ImportColumn])
    /// Two header cells name the same column.
    case duplicateColumn(ImportColumn, headers: [String])
    /// Every row that cannot be imported, in file order.
    case rows([RowProblem])

    /// The message in both languages, naming the file, the column or every bad row.
    public var message: Localized { ImportText.message(self) }
}

/// One bad value of one row: where it is, in which column, what it says and why it is refused.
public struct RowProblem: Hashable, Sendable {
    /// Where the row is in the file.
    public let place: RowPlace
    /// The column's header as the file writes it (or the column's Indonesian name when absent).
    public let column: String
    /// The value as written.
    public let value: String
    /// Why it is refused.
    public let reason: Localized

    /// A problem found by a reader or an importer.
    public init(place: RowPlace, column: String, value: String, reason: Localized) {
        self.place = place
        self.column = column
        self.value = value
        self.reason = reason
    }

    /// The problem on one line: `baris 4, kolom jenis, "dinsa": …`.
    public var message: Localized { ImportText.problem(self) }
}
