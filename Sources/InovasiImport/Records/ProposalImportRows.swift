import Foundation
import InovasiCore
import InovasiStore

/// The rows of a file of proposals checked one by one; the proposals are returned only when no
/// row is bad, else every problem (``ImportError/rows(_:)``).
///
/// A long text the file leaves out (urusan, rancang bangun, tujuan, manfaat, hasil) is stored as
/// `-`, as the offices write an empty cell; the inisiator defaults to the OPD itself.
public enum ProposalImportRows {
    /// The columns a file of proposals may have, with their Indonesian and English names (README lists them).
    public static let columns = [
        ImportColumn(key: "title", names: ["judul", "title", "judul inovasi", "nama inovasi"], required: true),
        ImportColumn(key: "opd", names: ["opd", "agency", "perangkat daerah"], required: true),
        ImportColumn(key: "form", names: ["bentuk", "form"], required: true),
        ImportColumn(key: "kind", names: ["jenis", "kind"], required: true),
        ImportColumn(key: "submitted", names: ["tanggal pengajuan", "submitted", "diajukan"], required: true),
        ImportColumn(key: "bidang", names: ["bidang", "division"], required: false),
        ImportColumn(key: "budget", names: ["anggaran", "budget"], required: false),
        ImportColumn(key: "initiator", names: ["inisiator", "initiator"], required: false),
        ImportColumn(key: "initiatorKind", names: ["jenis inisiator", "initiator kind"], required: false),
        ImportColumn(key: "proposer", names: ["nama pengusul", "proposer"], required: false),
        ImportColumn(key: "contact", names: ["kontak pengusul", "proposer contact", "kontak"], required: false),
        ImportColumn(key: "affair", names: ["urusan", "affair"], required: false),
        ImportColumn(key: "goal", names: ["tujuan", "goal"], required: false),
        ImportColumn(key: "benefit", names: ["manfaat", "benefit"], required: false),
        ImportColumn(key: "design", names: ["rancang bangun", "design"], required: false),
        ImportColumn(
            key: "result", names: ["hasil yang diharapkan", "expected result", "hasil"], required: false),
        ImportColumn(key: "trial", names: ["rencana uji coba", "planned trial"], required: false),
        ImportColumn(key: "implementation", names: ["rencana penerapan", "planned implementation"], required: false),
    ]

    /// The record's validation fields by the column that holds them.
    static let fields = [
        "title": "title", "initiatorName": "initiator", "affair": "affair", "design": "design", "goal": "goal",
        "benefit": "benefit", "expectedResult": "result", "budget": "budget", "proposerName": "proposer",
        "plannedImplementationOn": "implementation",
    ]

    /// The file's rows as proposals, OPDs found through `lookup`, bidang among `divisions`, days in
    /// `zone`; every bad cell of every row refuses the file (``ImportError/rows(_:)``).
    public static func rows(
        _ table: ImportTable, lookup: AgencyLookup, divisions: [Division], zone: TimeZone
    ) throws(ImportError) -> [Proposal] {
        try RecordCells.records(table, columns: columns, lookup: lookup, divisions: divisions, zone: zone, read: read)
    }

    static func read(_ row: ImportRow, _ cells: inout RecordCells) -> Proposal? {
        let before = cells.problems.count
        let title = cells.text("title", row, max: 300, required: true)
        let agency = cells.agency(row)
        let divisionID = cells.division(row, of: agency)
        let form = cells.choice("form", row, Choices.forms, required: true)
        let kind = cells.choice("kind", row, Choices.kinds, required: true)
        let submitted = cells.day("submitted", row, required: true)
        let initiatorKind = cells.choice("initiatorKind", row, Choices.initiators, required: false)
        let budget = cells.amount("budget", row)
        let trial = cells.day("trial", row)
        let implementation = cells.day("implementation", row)
        let proposer = cells.text("proposer", row, max: 200)
        let contact = cells.text("contact", row, max: 200)
        let initiator = cells.text("initiator", row, max: 200)
        guard cells.problems.count == before, let agency, let form, let kind, let submitted else { return nil }
        let proposal = Proposal(
            title: title, agencyID: agency.id, divisionID: divisionID, proposerName: proposer.isEmpty ? nil : proposer,
            proposerContact: contact.isEmpty ? nil : contact, initiatorKind: initiatorKind ?? .agency,
            initiatorName: initiator.isEmpty ? agency.name : initiator, form: form, kind: kind,
            affair: filled("affair", row, cells), design: filled("design", row, cells),
            goal: filled("goal", row, cells), benefit: filled("benefit", row, cells),
            expectedResult: filled("result", row, cells), budget: budget, plannedTrialOn: trial,
            plannedImplementationOn: implementation, submittedAt: submitted)
        do {
            try proposal.validate()
        } catch {
            cells.refuse(error, fields: fields, row)
            return nil
        }
        cells.unique(RecordImportKey.of(proposal, zone: cells.zone), column: "title", row)
        return cells.problems.count == before ? proposal : nil
    }

    /// The cell, or `-` when the file leaves it empty.
    static func filled(_ key: String, _ row: ImportRow, _ cells: RecordCells) -> String {
        let value = cells.map.value(key, in: row)
        return value.isEmpty ? RecordRowText.notFilled : value
    }
}
