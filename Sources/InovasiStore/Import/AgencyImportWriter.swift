import Foundation
import GRDB
import InovasiCore

/// Applies an ``AgencyImportPlan`` inside the caller's transaction: new OPDs without a parent
/// first, so a kelurahan finds its kecamatan from the same file, then kelurahan, then changes,
/// then bidang. Every record written gets its audit row. Statements are prepared once per
/// transaction (GRDB's statement cache), as a file of 10 000 OPDs writes some 60 000 rows.
struct AgencyImportWriter {
    /// The audit action of the import itself.
    static let importAction = "import.opds"
    /// The audit action of an OPD the import changes.
    static let editAction = "agency.edit"

    let db: Database
    let actor: String
    let now: Date

    static func plan(_ rows: [AgencyImportRow], _ db: Database) throws -> AgencyImportPlan {
        let agencies = try Row.fetchAll(db, sql: AgencyRecord.select).map(AgencyRecord.decode)
        let divisions = try Row.fetchAll(db, sql: AgencyRecord.divisionSelect).map(AgencyRecord.decodeDivision)
        return AgencyImportPlanner.plan(rows, agencies: agencies, divisions: divisions)
    }

    func apply(_ plan: AgencyImportPlan) throws {
        let ordered = plan.added.filter { $0.parentCode == nil } + plan.added.filter { $0.parentCode != nil }
        for row in ordered { try add(row) }
        for change in plan.changed { try edit(change) }
        for division in plan.divisionsAdded { try add(division) }
        let touched = plan.added.map(\.code) + plan.changed.map(\.row.code)
        try AgencyRules.requireUnique(codes: Set(touched.map { $0.lowercased() }), db)
    }

    func add(_ row: AgencyImportRow) throws {
        var agency = Agency(
            code: row.code, name: row.name, kind: row.kind, parentID: try parentID(row), shortName: row.shortName ?? "")
        try check(agency)
        try db.cachedStatement(sql: AgencyRecord.insertSQL).execute(arguments: AgencyRecord.arguments(agency))
        agency.id = db.lastInsertedRowID
        try audit(StoreAction.agencyAdd, "agency", agency.id, after: AuditJSON.encode(agency))
    }

    func edit(_ change: AgencyImportChange) throws {
        try Removal.requirePresent(.agency, change.before.id, db)
        var agency = change.before
        agency.name = change.row.name
        agency.kind = change.row.kind
        agency.parentID = try parentID(change.row)
        if let shortName = change.row.shortName { agency.shortName = shortName }
        try check(agency)
        try db.execute(
            sql: "UPDATE agency SET name = ?, kind = ?, parent_id = ?, short_name = ? WHERE id = ?",
            arguments: [agency.name, agency.kind.rawValue, agency.parentID, agency.shortName, agency.id])
        try audit(
            Self.editAction, "agency", agency.id, before: AuditJSON.encode(change.before),
            after: AuditJSON.encode(agency))
    }

    func add(_ division: AgencyImportDivision) throws {
        try References.requireText(division.name, field: "bidang", max: 200)
        guard let agencyID = try id(of: division.code) else { throw References.unknown("bidang") }
        try Removal.requirePresent(.agency, agencyID, db)
        var saved = Division(agencyID: agencyID, name: division.name)
        try db.cachedStatement(sql: AgencyRecord.divisionInsertSQL).execute(
            arguments: AgencyRecord.arguments(saved))
        saved.id = db.lastInsertedRowID
        try audit(StoreAction.divisionAdd, "division", saved.id, after: AuditJSON.encode(saved))
    }

    /// One audit row through the cached insert, as `AuditLog.append` writes it.
    func audit(_ action: String, _ entity: String, _ id: Int64, before: String? = nil, after: String) throws {
        let entry = AuditEntry(
            id: 0, at: now, user: actor, action: action, entity: entity, entityID: id, before: before, after: after,
            note: "")
        try db.cachedStatement(sql: AuditLog.insertSQL).execute(arguments: AuditLog.arguments(entry))
    }

    func check(_ agency: Agency) throws {
        try validated(agency.validate)
        try References.requireParent(of: agency, db)
    }

    func parentID(_ row: AgencyImportRow) throws -> Int64? {
        guard let code = row.parentCode else { return nil }
        guard let id = try id(of: code) else { throw References.unknown("parentID") }
        try Removal.requirePresent(.agency, id, db)
        return id
    }

    func id(of code: String) throws -> Int64? {
        try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM agency WHERE code = ? COLLATE NOCASE"), arguments: [code])
    }
}
