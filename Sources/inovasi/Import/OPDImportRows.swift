import InovasiCore
import InovasiImport
import InovasiStore

/// The rows of an OPD file checked one by one: every bad cell of every row is collected, so the
/// person fixes the whole file at once; the rows are returned only when none is bad.
struct OPDImportRows {
    static let columns = [
        ImportColumn(key: "code", names: ["kode", "code", "kode opd"], required: true),
        ImportColumn(key: "name", names: ["nama", "name", "nama opd"], required: true),
        ImportColumn(key: "shortName", names: ["nama singkat", "short name", "singkatan"], required: false),
        ImportColumn(key: "kind", names: ["jenis", "kind", "type"], required: true),
        ImportColumn(key: "parent", names: ["induk", "parent"], required: false),
        ImportColumn(key: "divisions", names: ["bidang", "divisions", "seksi"], required: false),
    ]

    let map: ColumnMap
    let table: ImportTable
    /// Every OPD's kind by its code (lowercased): the store's, then the file's.
    var kinds: [String: AgencyKind]
    var firstLine: [String: RowPlace] = [:]
    var problems: [RowProblem] = []

    /// The file's rows as OPDs, or every problem found (``ImportError/rows(_:)``).
    static func rows(_ table: ImportTable, known: [Agency]) throws(ImportError) -> [AgencyImportRow] {
        var reader = OPDImportRows(
            map: try ColumnMap(header: table.header, columns: columns), table: table,
            kinds: Dictionary(known.map { ($0.code.lowercased(), $0.kind) }) { first, _ in first })
        for row in table.rows {
            if let kind = AgencyKind(importText: reader.map.value("kind", in: row)) {
                reader.kinds[reader.map.value("code", in: row).lowercased()] = kind
            }
        }
        let rows = table.rows.compactMap { reader.read($0) }
        guard reader.problems.isEmpty else { throw .rows(reader.problems) }
        return rows
    }

    mutating func read(_ row: ImportRow) -> AgencyImportRow? {
        let before = problems.count
        let code = text("code", row, max: 32)
        let name = text("name", row, max: 200)
        let kindText = map.value("kind", in: row)
        let kind = AgencyKind(importText: kindText)
        if kind == nil { refuse("kind", row, ImportCommandText.badKind) }
        if let first = firstLine[code.lowercased()], !code.isEmpty {
            refuse("code", row, ImportCommandText.duplicateCode(first.label))
        } else if !code.isEmpty {
            firstLine[code.lowercased()] = row.place
        }
        let parent = map.value("parent", in: row)
        if let kind { checkParent(parent, of: kind, code: code, row) }
        let divisions = ImportValues.list(map.value("divisions", in: row))
        if divisions.contains(where: { $0.count > 200 }) { refuse("divisions", row, ImportCommandText.tooLong(200)) }
        guard problems.count == before, let kind else { return nil }
        let short = map.value("shortName", in: row)
        return AgencyImportRow(
            code: code, name: name, shortName: short.isEmpty ? nil : short, kind: kind,
            parentCode: parent.isEmpty ? nil : parent, divisions: divisions)
    }

    /// A kelurahan names its kecamatan (in the file or the store); no other kind has a parent.
    mutating func checkParent(_ parent: String, of kind: AgencyKind, code: String, _ row: ImportRow) {
        if kind != .kelurahan {
            if !parent.isEmpty { refuse("parent", row, ImportCommandText.parentOnlyForKelurahan) }
            return
        }
        guard !parent.isEmpty else { return refuse("parent", row, ImportCommandText.parentMissing) }
        switch kinds[parent.lowercased()] {
        case nil: refuse("parent", row, ImportCommandText.parentUnknown)
        case .kecamatan?: break
        case _?: refuse("parent", row, ImportCommandText.parentNotKecamatan)
        }
    }

    /// A required text cell: not empty, at most `max` characters.
    mutating func text(_ key: String, _ row: ImportRow, max: Int) -> String {
        let value = map.value(key, in: row)
        if value.isEmpty { refuse(key, row, ImportText.empty) }
        if value.count > max { refuse(key, row, ImportCommandText.tooLong(max)) }
        return value
    }

    mutating func refuse(_ key: String, _ row: ImportRow, _ reason: Localized) {
        let fallback = Self.columns.first { $0.key == key }?.names.first ?? key
        problems.append(
            RowProblem(
                place: row.place, column: map.headerName(key, fallback: fallback), value: map.value(key, in: row),
                reason: reason))
    }
}

extension AgencyKind {
    /// A kind as people write it: its code (`dinas`), or its name in either language (`Kecamatan`,
    /// `District`, `Regional hospital`), ignoring case, spaces, underscores and hyphens.
    init?(importText text: String) {
        let wanted = HeaderName.normalized(text)
        guard !wanted.isEmpty else { return nil }
        let found = Self.allCases.first { kind in
            ([kind.rawValue] + Language.allCases.map { kind.label.text($0) }).contains {
                HeaderName.normalized($0) == wanted
            }
        }
        guard let found else { return nil }
        self = found
    }
}
