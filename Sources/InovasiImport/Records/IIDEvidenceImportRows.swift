import InovasiCore

/// The rows of a file of IID evidence checked one by one against a year's rules: the entries are
/// returned only when no row is bad, else every problem (``ImportError/rows(_:)``). The store then
/// checks what needs it (the innovation exists, who may enter it) through ``IIDEvidenceImport``.
///
/// `inovasi` names an innovation by id, or the region's SPD by `region`, `daerah` or `spd`.
public enum IIDEvidenceImportRows {
    /// The columns a file of evidence may have, with their Indonesian and English names (README lists them).
    public static let columns = [
        ImportColumn(
            key: "innovation", names: ["inovasi", "innovation", "id inovasi", "innovation id"], required: true),
        ImportColumn(key: "indicator", names: ["indikator", "indicator"], required: true),
        ImportColumn(key: "level", names: ["level", "tingkat"], required: true),
        ImportColumn(key: "evidence", names: ["bukti", "evidence", "dokumen", "document"], required: false),
        ImportColumn(key: "note", names: ["catatan", "note"], required: false),
    ]

    /// The words that name the region's SPD instead of an innovation, compared ignoring case.
    public static let regionWords: Set<String> = ["region", "daerah", "spd"]

    /// The file's rows as evidence of `rules.year`; every bad cell of every row refuses the file.
    public static func rows(_ table: ImportTable, rules: IIDRules) throws(ImportError) -> IIDEvidenceImport {
        let map = try ColumnMap(header: table.header, columns: columns)
        var reader = Reader(map: map, rules: rules)
        for row in table.rows { reader.read(row) }
        guard reader.problems.isEmpty else { throw .rows(reader.problems) }
        return IIDEvidenceImport(entries: reader.entries, places: reader.places, map: map)
    }

    struct Reader {
        let map: ColumnMap
        let rules: IIDRules
        var entries: [IIDEvidence] = []
        var places: [RowPlace] = []
        var problems: [RowProblem] = []
        var firstPlace: [String: RowPlace] = [:]

        mutating func read(_ row: ImportRow) {
            let before = problems.count
            let target = innovation(row)
            let indicator = target.flatMap { self.indicator(row, innovationID: $0) }
            let level = self.level(row)
            let document = text("evidence", row, max: 1_000)
            let note = text("note", row, max: 2_000)
            guard problems.count == before, let target, let indicator, let level else { return }
            let key = "\(target ?? 0) \(indicator.number)"
            if let first = firstPlace[key] {
                refuse("indicator", row, RecordRowText.duplicateRow(first.label))
                return
            }
            firstPlace[key] = row.place
            entries.append(
                IIDEvidence(
                    year: rules.year, innovationID: target, indicator: indicator.number, level: level,
                    document: document, note: note))
            places.append(row.place)
        }

        /// The innovation id, `.some(nil)` for the region, nil when refused.
        mutating func innovation(_ row: ImportRow) -> Int64?? {
            let value = map.value("innovation", in: row)
            if regionWords.contains(value.lowercased()) { return .some(nil) }
            guard !value.isEmpty else {
                refuse("innovation", row, ImportText.empty)
                return nil
            }
            guard let id = Int64(value), id > 0 else {
                refuse("innovation", row, IIDImportText.badTarget)
                return nil
            }
            return .some(id)
        }

        mutating func indicator(_ row: ImportRow, innovationID: Int64?) -> IIDIndicator? {
            let value = map.value("indicator", in: row)
            let list = innovationID == nil ? rules.spd : rules.sid
            guard let found = list.first(where: { $0.number.lowercased() == value.lowercased() }) else {
                let part = innovationID == nil ? "SPD" : "SID"
                refuse("indicator", row, IIDImportText.unknownIndicator(part, known: list.map(\.number)))
                return nil
            }
            if found.fromEnactment {
                refuse("indicator", row, IIDImportText.fromEnactment)
                return nil
            }
            return found
        }

        mutating func level(_ row: ImportRow) -> Int? {
            let value = map.value("level", in: row)
            guard let level = Int(value), (0...3).contains(level) else {
                refuse("level", row, value.isEmpty ? ImportText.empty : IIDImportText.badLevel)
                return nil
            }
            return level
        }

        mutating func text(_ key: String, _ row: ImportRow, max: Int) -> String {
            let value = map.value(key, in: row)
            if value.count > max { refuse(key, row, RecordRowText.tooLong(max)) }
            return value
        }

        mutating func refuse(_ key: String, _ row: ImportRow, _ reason: Localized) {
            problems.append(IIDEvidenceImport.problem(map, key, row.place, map.value(key, in: row), reason))
        }
    }
}

/// A file's evidence entries with the place of each, so a refusal the store finds later (an
/// unknown innovation, another OPD's) names the row and column too.
public struct IIDEvidenceImport: Sendable {
    /// The entries, in file order.
    public let entries: [IIDEvidence]
    /// Where each entry is in the file.
    public let places: [RowPlace]
    let map: ColumnMap

    /// The problem of entry `index` in the column holding the store's `field` (`innovationID`,
    /// `level`, `document`, `note`, `indicator`; anything else: the innovation's).
    public func problem(at index: Int, field: String, reason: Localized) -> RowProblem {
        let key =
            switch field {
            case "level": "level"
            case "document": "evidence"
            case "note": "note"
            case "indicator": "indicator"
            default: "innovation"
            }
        let entry = entries[index]
        let value: String =
            switch key {
            case "level": String(entry.level)
            case "evidence": entry.document
            case "note": entry.note
            case "indicator": entry.indicator
            default: entry.innovationID.map(String.init) ?? "region"
            }
        return Self.problem(map, key, places[index], value, reason)
    }

    static func problem(_ map: ColumnMap, _ key: String, _ place: RowPlace, _ value: String, _ reason: Localized)
        -> RowProblem
    {
        let fallback = IIDEvidenceImportRows.columns.first { $0.key == key }?.names.first ?? key
        return RowProblem(place: place, column: map.headerName(key, fallback: fallback), value: value, reason: reason)
    }
}
