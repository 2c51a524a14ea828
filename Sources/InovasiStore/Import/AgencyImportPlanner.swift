import InovasiCore

/// Compares the rows of a file with the OPDs and bidang a store holds, by code (ignoring case) and
/// by bidang name (ignoring case): the one rule both the dry run and the write follow.
enum AgencyImportPlanner {
    static func plan(_ rows: [AgencyImportRow], agencies: [Agency], divisions: [Division]) -> AgencyImportPlan {
        let byCode = Dictionary(agencies.map { ($0.code.lowercased(), $0) }) { first, _ in first }
        let codeByID = Dictionary(agencies.map { ($0.id, $0.code) }) { first, _ in first }
        var divisionNames: [Int64: Set<String>] = [:]
        for division in divisions { divisionNames[division.agencyID, default: []].insert(division.name.lowercased()) }
        var plan = AgencyImportPlan()
        for row in rows {
            guard let existing = byCode[row.code.lowercased()] else {
                plan.added.append(row)
                plan.divisionsAdded += row.divisions.map { AgencyImportDivision(code: row.code, name: $0) }
                continue
            }
            let parentCode = existing.parentID.flatMap { codeByID[$0] }
            let changed =
                existing.name != row.name || existing.kind != row.kind
                || parentCode?.lowercased() != row.parentCode?.lowercased()
                || (row.shortName.map { $0 != existing.shortName } ?? false)
            if changed {
                plan.changed.append(AgencyImportChange(before: existing, beforeParentCode: parentCode, row: row))
            }
            let known = divisionNames[existing.id] ?? []
            let missing = row.divisions.filter { !known.contains($0.lowercased()) }
            plan.divisionsAdded += missing.map { AgencyImportDivision(code: existing.code, name: $0) }
            if !changed && missing.isEmpty { plan.unchanged += 1 }
        }
        return plan
    }
}
