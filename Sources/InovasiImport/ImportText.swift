import InovasiCore

/// The reading layer's messages: places, problems and the reasons a file is refused.
public enum ImportText {
    static func place(_ place: RowPlace) -> Localized {
        switch place {
        case .line(let number): Localized(id: "baris \(number)", en: "line \(number)")
        case .sheetRow(let number): Localized(id: "baris lembar \(number)", en: "sheet row \(number)")
        case .item(let number): Localized(id: "entri \(number)", en: "item \(number)")
        }
    }

    static func problem(_ problem: RowProblem) -> Localized {
        Localized(composing: { language in
            let place = cellPlace(problem.place.label.text(language), column: problem.column).text(language)
            return "\(place), \"\(problem.value)\": \(problem.reason.text(language))"
        })
    }

    static func cellPlace(_ place: String, column: String) -> Localized {
        Localized(id: "\(place), kolom \(column)", en: "\(place), column \(column)")
    }

    static func message(_ error: ImportError) -> Localized {
        switch error {
        case .unknownFormat(let path):
            Localized(
                id: "\(path): bukan berkas .csv, .xlsx atau .json", en: "\(path): not a .csv, .xlsx or .json file")
        case .missing(let path): Localized(id: "\(path): berkas tidak ada", en: "\(path): no such file")
        case .unreadable(let path):
            Localized(
                id: "\(path) tidak dapat dibaca (periksa izinnya)", en: "\(path) cannot be read (check its permissions)"
            )
        case .notUTF8(let path, let found): notUTF8(path, found: found)
        case .malformed(let path, let format, let reason):
            Localized(
                id: "\(path) bukan berkas \(format.rawValue) yang sah (\(reason))",
                en: "\(path) is not a valid \(format.rawValue) file (\(reason))")
        case .sheetWithoutWorkbook(let path):
            Localized(
                id: "\(path): --sheet hanya untuk berkas .xlsx", en: "\(path): --sheet is only for .xlsx files")
        case .unknownSheet(let name, let sheets): unknownSheet(name, sheets: sheets)
        case .empty(let path):
            Localized(
                id: "\(path): tidak ada baris judul atau baris data", en: "\(path): no header row or no data rows")
        case .missingColumns(let columns): missingColumns(columns)
        case .duplicateColumn(let column, let headers): duplicateColumn(column, headers: headers)
        case .rows(let problems): rows(problems)
        }
    }

    static func notUTF8(_ path: String, found: String?) -> Localized {
        guard let found else {
            return Localized(
                id: "\(path) tidak berenkode UTF-8 (mungkin Windows-1252, \"CSV\" biasa dari Excel); "
                    + "simpan ulang sebagai \"CSV UTF-8\"",
                en: "\(path) is not encoded in UTF-8 (perhaps Windows-1252, Excel's plain \"CSV\"); "
                    + "save it again as \"CSV UTF-8\"")
        }
        return Localized(
            id: "\(path) tidak berenkode UTF-8 (terbaca \(found)); simpan ulang sebagai \"CSV UTF-8\"",
            en: "\(path) is not encoded in UTF-8 (found \(found)); save it again as \"CSV UTF-8\"")
    }

    static func unknownSheet(_ name: String, sheets: [String]) -> Localized {
        let list = sheets.joined(separator: ", ")
        return Localized(
            id: "lembar \"\(name)\" tidak ada; lembar yang ada: \(list)",
            en: "no sheet \"\(name)\"; the sheets are: \(list)")
    }

    static func missingColumns(_ columns: [ImportColumn]) -> Localized {
        let names = columns.map(\.title).joined(separator: ", ")
        return Localized(id: "kolom wajib tidak ada: \(names)", en: "required columns missing: \(names)")
    }

    static func duplicateColumn(_ column: ImportColumn, headers: [String]) -> Localized {
        let list = headers.joined(separator: ", ")
        let title = column.title
        return Localized(
            id: "kolom \(title) tertulis lebih dari sekali (\(list))",
            en: "column \(title) is written more than once (\(list))")
    }

    static func rows(_ problems: [RowProblem]) -> Localized {
        let count = problems.count
        let head = Localized(
            id: "\(count) masalah, tidak ada yang diimpor:", en: "\(count) problems, nothing imported:")
        return Localized(composing: { language in
            ([head.text(language)] + problems.map { "  " + $0.message.text(language) }).joined(separator: "\n")
        })
    }

    /// The reason for an amount that is not one.
    public static let badAmount = Localized(
        id: "bukan jumlah rupiah (contoh 1.250.000 atau Rp 1.250.000)",
        en: "not an amount in rupiah (e.g. 1.250.000 or Rp 1.250.000)")

    /// The reason for a date that is not one, or a day that does not exist.
    public static let badDate = Localized(
        id: "bukan tanggal yang ada (contoh 07/12/2026, 7 Desember 2026, 2026-12-07)",
        en: "not a date that exists (e.g. 07/12/2026, 7 December 2026, 2026-12-07)")

    /// The reason for a required cell left empty.
    public static let empty = Localized(id: "wajib diisi", en: "must not be empty")
}
