import Foundation
import InovasiCore
import InovasiStore

/// Reads the cells of one file of innovations or proposals, collecting every bad cell of every row,
/// so the person fixes the whole file at once. The two row readers share it.
struct RecordCells {
    /// The largest anggaran an import accepts: Rp 1 triliun, far above any one innovation's budget,
    /// so a cell holding an account number or a mistyped amount is refused.
    static let maxBudget: Int64 = 1_000_000_000_000

    let map: ColumnMap
    let columns: [ImportColumn]
    let lookup: AgencyLookup
    let divisions: [Int64: [Division]]
    let zone: TimeZone
    var problems: [RowProblem] = []
    var firstPlace: [String: RowPlace] = [:]

    init(table: ImportTable, columns: [ImportColumn], lookup: AgencyLookup, divisions: [Division], zone: TimeZone)
        throws(ImportError)
    {
        map = try ColumnMap(header: table.header, columns: columns)
        self.columns = columns
        self.lookup = lookup
        self.divisions = Dictionary(grouping: divisions, by: \.agencyID)
        self.zone = zone
    }

    /// Every row of `table` read by `read`, or every bad cell of every row as one refusal: the one
    /// walk the innovation and proposal readers share.
    static func records<Record>(
        _ table: ImportTable, columns: [ImportColumn], lookup: AgencyLookup, divisions: [Division],
        zone: TimeZone, read: (ImportRow, inout RecordCells) -> Record?
    ) throws(ImportError) -> [Record] {
        var cells = try RecordCells(table: table, columns: columns, lookup: lookup, divisions: divisions, zone: zone)
        let records = table.rows.compactMap { read($0, &cells) }
        guard cells.problems.isEmpty else { throw .rows(cells.problems) }
        return records
    }

    /// A text cell: required ones must not be empty; none may be longer than `max`.
    mutating func text(_ key: String, _ row: ImportRow, max: Int, required: Bool = false) -> String {
        let value = map.value(key, in: row)
        if required, value.isEmpty { refuse(key, row, ImportText.empty) }
        if value.count > max { refuse(key, row, RecordRowText.tooLong(max)) }
        return value
    }

    /// The OPD the cell names by code, alias, short name or full name; an unknown or deactivated
    /// one is refused.
    mutating func agency(_ row: ImportRow) -> Agency? {
        let value = map.value("opd", in: row)
        guard !value.isEmpty else {
            refuse("opd", row, ImportText.empty)
            return nil
        }
        guard let agency = lookup.agency(named: value) else {
            refuse("opd", row, RecordRowText.unknownOPD)
            return nil
        }
        if !agency.isActive { refuse("opd", row, RecordRowText.inactiveOPD) }
        return agency
    }

    /// The bidang of `agency` the cell names (ignoring case), nil when the cell is empty.
    mutating func division(_ row: ImportRow, of agency: Agency?) -> Int64? {
        let value = map.value("bidang", in: row)
        guard !value.isEmpty, let agency else { return nil }
        let wanted = value.lowercased()
        guard let found = divisions[agency.id]?.first(where: { $0.name.lowercased() == wanted }) else {
            refuse("bidang", row, RecordRowText.unknownBidang(agency.code))
            return nil
        }
        return found.id
    }

    /// One of an enum's cases as people write it; required cells must not be empty.
    mutating func choice<T>(_ key: String, _ row: ImportRow, _ table: ChoiceTable<T>, required: Bool) -> T? {
        let value = map.value(key, in: row)
        if value.isEmpty {
            if required { refuse(key, row, ImportText.empty) }
            return nil
        }
        if let found = table.match(value) { return found }
        refuse(key, row, RecordRowText.badChoice(table.choices))
        return nil
    }

    /// An amount in rupiah (`1.250.000`, `Rp 1.250.000`); 0 when the cell is empty.
    mutating func amount(_ key: String, _ row: ImportRow) -> Int64 {
        let value = map.value(key, in: row)
        guard !value.isEmpty else { return 0 }
        guard let amount = ImportValues.amount(value) else {
            refuse(key, row, value.allSatisfy(\.isNumber) ? RecordRowText.tooLarge : ImportText.badAmount)
            return 0
        }
        if amount > Self.maxBudget { refuse(key, row, RecordRowText.tooLarge) }
        return amount
    }

    /// A day as people write it (or an Excel serial in a workbook), as the start of that day in
    /// the office's zone; nil when the cell is empty or bad (a bad one is refused).
    mutating func day(_ key: String, _ row: ImportRow, required: Bool = false) -> Date? {
        let value = map.value(key, in: row)
        if value.isEmpty {
            if required { refuse(key, row, ImportText.empty) }
            return nil
        }
        if let day = ImportValues.date(value) ?? serialDay(value, row) { return day.start(in: zone) }
        refuse(key, row, ImportText.badDate)
        return nil
    }

    /// A number a workbook holds in a cell not formatted as a date, read as an Excel date serial
    /// from 18 264 (1 January 1950) on: a smaller number, such as a year, is not taken for a day.
    func serialDay(_ value: String, _ row: ImportRow) -> CalendarDay? {
        guard case .sheetRow = row.place, let serial = Int(value), serial >= 18_264 else { return nil }
        return ImportValues.excelSerialDay(Double(serial))
    }

    /// Refuses the row when its key was already seen on an earlier row of the file.
    mutating func unique(_ key: String, column: String, _ row: ImportRow) {
        if let first = firstPlace[key] {
            refuse(column, row, RecordRowText.duplicateRow(first.label))
        } else {
            firstPlace[key] = row.place
        }
    }

    /// A validation refusal of the record built from the row, in the column of its field.
    mutating func refuse(_ error: ValidationError, fields: [String: String], _ row: ImportRow) {
        refuse(fields[error.field] ?? "title", row, RecordRowText.reason(error.reason))
    }

    mutating func refuse(_ key: String, _ row: ImportRow, _ reason: Localized) {
        let fallback = columns.first { $0.key == key }?.names.first ?? key
        problems.append(
            RowProblem(
                place: row.place, column: map.headerName(key, fallback: fallback), value: map.value(key, in: row),
                reason: reason))
    }
}

/// An enum's cases by every way people write them: raw values and labels in both languages,
/// ignoring case, spaces, hyphens, underscores and dots (`pelayanan publik`, `Pelayanan Publik`,
/// `non-digital`), plus the offices' short forms; built once per import, not per cell.
struct ChoiceTable<T: Sendable>: Sendable {
    let byKey: [String: T]
    /// The Indonesian labels, for the refusal's message.
    let choices: String

    func match(_ text: String) -> T? { byKey[Self.key(text)] }

    static func key(_ text: String) -> String {
        String(text.lowercased().filter { !" -_.".contains($0) })
    }
}

extension ChoiceTable where T: CaseIterable & RawRepresentable, T.RawValue == String {
    init(label: (T) -> Localized, extra: [String: T] = [:]) {
        var byKey: [String: T] = [:]
        for value in T.allCases {
            for name in [value.rawValue, label(value).id, label(value).en] where byKey[Self.key(name)] == nil {
                byKey[Self.key(name)] = value
            }
        }
        byKey.merge(extra) { first, _ in first }
        self.init(byKey: byKey, choices: T.allCases.map { label($0).id.lowercased() }.joined(separator: ", "))
    }
}

/// The choice tables of the record imports.
enum Choices {
    static let forms = ChoiceTable(
        label: \InnovationForm.label,
        extra: [
            "tatakelola": .governance, "tatakelolapemerintahan": .governance, "pelayanan": .publicService,
            "lainnya": .otherAffairs, "inovasilainnya": .otherAffairs,
        ])
    static let kinds = ChoiceTable(label: \InnovationKind.label)
    static let stages = ChoiceTable(label: \Stage.label)
    static let initiators = ChoiceTable(label: \InitiatorKind.label)
    static let enactments = ChoiceTable(
        label: \EnactmentKind.label,
        extra: [
            "sk": .headDecree, "skkepaladaerah": .headDecree, "skwalikota": .headDecree, "perwal": .headRegulation,
            "perkada": .headRegulation, "perda": .regionalRegulation,
        ])
}
