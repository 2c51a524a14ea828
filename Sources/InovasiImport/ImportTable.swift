import InovasiCore

/// Where a row came from in its file, so a problem names the place a person can find and fix.
public enum RowPlace: Hashable, Sendable, Comparable {
    /// The physical line of a CSV file where the row starts (1 is the first line).
    case line(Int)
    /// The row number a spreadsheet program shows beside the row.
    case sheetRow(Int)
    /// The position of the object in a JSON array (1 is the first).
    case item(Int)

    /// The place as a person reads it: `baris 12`, `baris lembar 12`, `entri 3`.
    public var label: Localized { ImportText.place(self) }

    /// The number inside the place, whatever its kind.
    public var number: Int {
        switch self {
        case .line(let number), .sheetRow(let number), .item(let number): number
        }
    }

    /// Orders places by number, so problems are listed in the order of the file.
    public static func < (lhs: RowPlace, rhs: RowPlace) -> Bool { lhs.number < rhs.number }
}

/// One row of a file: its place and its cells in the order of the header.
public struct ImportRow: Hashable, Sendable {
    /// Where the row starts in the file.
    public let place: RowPlace
    /// The cells, as text, guarded CSV cells already read back to their value.
    public let cells: [String]

    /// A row read from a file; readers build these.
    public init(place: RowPlace, cells: [String]) {
        self.place = place
        self.cells = cells
    }

    /// The cell at `index`, trimmed; empty when the row is shorter than the header.
    public subscript(index: Int) -> String {
        guard index < cells.count else { return "" }
        let cell = cells[index]
        guard let first = cell.unicodeScalars.first, let last = cell.unicodeScalars.last else { return "" }
        // Most cells have no blank at either end: skip Foundation's trimming, the import's hot spot.
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return cell }
        return cell.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether every cell is blank: such rows are skipped, as spreadsheets often end with some.
    public var isBlank: Bool {
        cells.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}

/// A file read into rows under named columns, whatever its format, for the importers to check.
public struct ImportTable: Hashable, Sendable {
    /// The header's names as written in the file.
    public let header: [String]
    /// The rows below the header, blank rows left out.
    public let rows: [ImportRow]

    /// A table from a reader.
    public init(header: [String], rows: [ImportRow]) {
        self.header = header
        self.rows = rows
    }

    /// The first non-blank row as the header and the non-blank rows after it; an empty table when
    /// there is no header.
    static func headed(_ rows: [ImportRow]) -> ImportTable {
        let filled = rows.filter { !$0.isBlank }
        guard let first = filled.first else { return ImportTable(header: [], rows: []) }
        let header = first.cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return ImportTable(header: header, rows: Array(filled.dropFirst()))
    }
}
