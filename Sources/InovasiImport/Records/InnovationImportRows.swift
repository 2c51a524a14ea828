import Foundation
import InovasiCore
import InovasiStore

/// The rows of a file of innovations checked one by one; the innovations are returned only when
/// no row is bad, else every problem (``ImportError/rows(_:)``).
///
/// `tahun mulai` takes a year (`2024`, read as 1 January) or a day; the stage defaults to
/// inisiatif and is dated `tanggal tahapan`, or the start when that is empty. The main flag is
/// not imported: it has its own command, which keeps one per OPD and bidang.
public enum InnovationImportRows {
    /// The columns a file of innovations may have, with their Indonesian and English names (README lists them).
    public static let columns = [
        ImportColumn(key: "title", names: ["judul", "title", "judul inovasi", "nama inovasi"], required: true),
        ImportColumn(key: "opd", names: ["opd", "agency", "perangkat daerah"], required: true),
        ImportColumn(key: "form", names: ["bentuk", "form"], required: true),
        ImportColumn(key: "kind", names: ["jenis", "kind"], required: true),
        ImportColumn(key: "started", names: ["tahun mulai", "started", "year started", "mulai"], required: true),
        ImportColumn(key: "stage", names: ["tahapan", "stage"], required: false),
        ImportColumn(key: "stageOn", names: ["tanggal tahapan", "stage date"], required: false),
        ImportColumn(key: "bidang", names: ["bidang", "division"], required: false),
        ImportColumn(key: "initiator", names: ["inisiator", "initiator"], required: false),
        ImportColumn(key: "initiatorKind", names: ["jenis inisiator", "initiator kind"], required: false),
        ImportColumn(key: "affair", names: ["urusan", "affair", "urusan utama"], required: false),
        ImportColumn(key: "shared", names: ["urusan beririsan", "shared affairs"], required: false),
        ImportColumn(key: "summary", names: ["ringkasan", "summary"], required: false),
        ImportColumn(key: "design", names: ["rancang bangun", "design"], required: false),
        ImportColumn(key: "goal", names: ["tujuan", "goal"], required: false),
        ImportColumn(key: "benefit", names: ["manfaat", "benefit"], required: false),
        ImportColumn(key: "result", names: ["hasil", "result"], required: false),
        ImportColumn(key: "budget", names: ["anggaran", "budget"], required: false),
        ImportColumn(key: "enactmentKind", names: ["jenis penetapan", "enactment kind"], required: false),
        ImportColumn(key: "enactmentNumber", names: ["nomor penetapan", "enactment number"], required: false),
        ImportColumn(key: "enactmentOn", names: ["tanggal penetapan", "enactment date"], required: false),
    ]

    /// The record's validation fields by the column that holds them.
    static let fields = [
        "title": "title", "initiatorName": "initiator", "affair": "affair", "design": "design", "goal": "goal",
        "benefit": "benefit", "result": "result", "budget": "budget", "sharedAffairs": "shared",
        "enactment.number": "enactmentNumber", "stageChangedOn": "stageOn",
    ]

    /// The file's rows as innovations, OPDs found through `lookup`, bidang among `divisions`, days in
    /// `zone`; every bad cell of every row refuses the file (``ImportError/rows(_:)``).
    public static func rows(
        _ table: ImportTable, lookup: AgencyLookup, divisions: [Division], zone: TimeZone
    ) throws(ImportError) -> [Innovation] {
        try RecordCells.records(table, columns: columns, lookup: lookup, divisions: divisions, zone: zone, read: read)
    }

    static func read(_ row: ImportRow, _ cells: inout RecordCells) -> Innovation? {
        let before = cells.problems.count
        let title = cells.text("title", row, max: 300, required: true)
        let agency = cells.agency(row)
        let divisionID = cells.division(row, of: agency)
        let form = cells.choice("form", row, Choices.forms, required: true)
        let kind = cells.choice("kind", row, Choices.kinds, required: true)
        let started = start(row, &cells)
        let stage = cells.choice("stage", row, Choices.stages, required: false)
        let stageOn = cells.day("stageOn", row)
        let initiatorKind = cells.choice("initiatorKind", row, Choices.initiators, required: false)
        let initiator = cells.text("initiator", row, max: 200)
        let profile = profile(row, &cells)
        guard cells.problems.count == before, let agency, let form, let kind, let started else { return nil }
        let affair = cells.map.value("affair", in: row)
        let innovation = Innovation(
            title: title, agencyID: agency.id, divisionID: divisionID, form: form, kind: kind,
            stage: stage ?? .initiative, initiatorKind: initiatorKind ?? .agency,
            initiatorName: initiator.isEmpty ? agency.name : initiator,
            affair: affair.isEmpty ? RecordRowText.notFilled : affair, isMain: false,
            summary: cells.map.value("summary", in: row), startedOn: started, stageChangedOn: stageOn ?? started,
            profile: profile)
        do {
            try innovation.validate()
        } catch {
            cells.refuse(error, fields: fields, row)
            return nil
        }
        cells.unique(RecordImportKey.of(innovation), column: "title", row)
        return cells.problems.count == before ? innovation : nil
    }

    /// A year (`2024`, read as its 1 January) or a day.
    static func start(_ row: ImportRow, _ cells: inout RecordCells) -> Date? {
        let value = cells.map.value("started", in: row)
        if value.count == 4, let year = Int(value), (1945...2100).contains(year),
            let day = CalendarDay(year: year, month: 1, day: 1)
        {
            return day.start(in: cells.zone)
        }
        return cells.day("started", row, required: true)
    }

    static func profile(_ row: ImportRow, _ cells: inout RecordCells) -> InnovationProfile {
        var profile = InnovationProfile(
            design: cells.map.value("design", in: row), goal: cells.map.value("goal", in: row),
            benefit: cells.map.value("benefit", in: row), result: cells.map.value("result", in: row),
            budget: cells.amount("budget", row),
            sharedAffairs: ImportValues.list(cells.map.value("shared", in: row)))
        let enactmentKind = cells.choice(
            "enactmentKind", row, Choices.enactments, required: false)
        let number = cells.map.value("enactmentNumber", in: row)
        let on = cells.day("enactmentOn", row)
        if let enactmentKind {
            if on == nil { cells.refuse("enactmentOn", row, ImportText.empty) }
            profile.enactment = on.map { Enactment(kind: enactmentKind, number: number, on: $0) }
        }
        return profile
    }
}
