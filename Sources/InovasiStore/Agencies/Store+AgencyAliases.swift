import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Every alias, by OPD then alias.
    public func agencyAliases() throws(StoreError) -> [AgencyAlias] {
        try read { db in try AliasRecord.all(db) }
    }

    /// Admin only: lets the importer find the OPD `agencyID` by `alias` too. An alias that is already
    /// a code, name, short name or alias of any OPD is refused (field `alias`), so a name never
    /// points at two OPDs. Audited.
    public func addAgencyAlias(_ alias: String, to agencyID: Int64, by actor: String, now: Date = Date())
        throws(StoreError) -> AgencyAlias
    {
        try References.requireText(alias, field: "alias", max: 200)
        if AgencyKey.of(alias).isEmpty { throw .validation(ValidationError(field: "alias", reason: .invalid)) }
        return try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.agencyAliasAdd)
            _ = try AgencyRules.require(agencyID, db)
            try AgencyRules.requireFreeAlias(alias, db)
            let saved = AgencyAlias(alias: alias, agencyID: agencyID)
            try db.execute(sql: AliasRecord.insertSQL, arguments: [AgencyKey.of(alias), alias, agencyID])
            try AuditLog.append(
                db, at: now, user: actor, action: StoreAction.agencyAliasAdd, entity: "agency", entityID: agencyID,
                after: AuditJSON.encode(saved))
            return saved
        }
    }

    /// Every OPD by every name it goes by, read once: what an import of many rows looks OPDs up in.
    public func agencyLookup() throws(StoreError) -> AgencyLookup {
        try read { db in
            AgencyLookup(
                agencies: try Row.fetchAll(db, sql: AgencyRecord.select).map(AgencyRecord.decode),
                aliases: try AliasRecord.all(db))
        }
    }

    /// The OPD that `text` names by code, alias, short name or full name, ignoring case, spaces, dots
    /// and hyphens ("dinkes", "Kec. Cibeber", "DINAS KESEHATAN"); nil when none does.
    public func agency(named text: String) throws(StoreError) -> Agency? {
        try agencyLookup().agency(named: text)
    }
}
