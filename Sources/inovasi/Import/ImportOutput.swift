import InovasiCore
import InovasiStore

/// What an OPD import adds and changes, one line each, after a summary line.
enum ImportOutput {
    static func lines(_ plan: AgencyImportPlan, dryRun: Bool) -> [Localized] {
        var lines = [
            ImportCommandText.summary(
                added: plan.added.count, changed: plan.changed.count, divisions: plan.divisionsAdded.count,
                unchanged: plan.unchanged, dryRun: dryRun)
        ]
        for row in plan.added {
            lines.append(ImportCommandText.addedLine(code: row.code, name: row.name, kind: row.kind.label))
        }
        for change in plan.changed { lines += changeLines(change) }
        for division in plan.divisionsAdded {
            lines.append(ImportCommandText.divisionLine(code: division.code, name: division.name))
        }
        if dryRun { lines.append(ImportCommandText.dryRunNothingSaved) }
        return lines
    }

    static func changeLines(_ change: AgencyImportChange) -> [Localized] {
        let before = change.before
        let row = change.row
        var lines = [ImportCommandText.changedLine(code: before.code)]
        if before.name != row.name {
            lines.append(ImportCommandText.fieldChange(ImportCommandText.nameField, before.name, row.name))
        }
        if before.kind != row.kind {
            lines.append(ImportCommandText.kindChange(before.kind.label, row.kind.label))
        }
        if change.beforeParentCode?.lowercased() != row.parentCode?.lowercased() {
            lines.append(
                ImportCommandText.fieldChange(
                    ImportCommandText.parentField, change.beforeParentCode ?? "–", row.parentCode ?? "–"))
        }
        return lines
    }
}
