import InovasiCore

/// Reads the IID records and the plan's input, and saves the checklist one record at a time,
/// stopping at the first refusal and naming its indicator.
struct IIDEffectRunner {
    let desk: IIDDesk

    func run(_ effect: DashboardEffect) -> [DashboardAction] {
        switch effect {
        case .loadIIDChecklist(let year, let id):
            return read { [.iidChecklistLoaded(innovationID: id, try desk.iidEvidence(year: year, innovationID: id))] }
        case .loadPlanner(let setup, let agencyID):
            return read {
                let input = try desk.iidPlanInput(year: setup.year, rules: setup.rules)
                return [.plannerLoaded(IIDPlanData(input), agencyID: agencyID)]
            }
        case .saveIIDEvidence(let records, let setup, let title):
            return save(records, setup, title)
        default:
            return []
        }
    }

    func read(_ body: () throws -> [DashboardAction]) -> [DashboardAction] {
        do {
            return try body()
        } catch let refusal as ReviewRefusal {
            return [.loadFailed(refusal.localized)]
        } catch {
            return [.loadFailed(DashboardText.unexpected(String(describing: error)))]
        }
    }

    func save(_ records: [IIDEvidence], _ setup: IIDSetup, _ title: String) -> [DashboardAction] {
        var saved = 0
        for record in records {
            do {
                try desk.setIIDEvidence(record, rules: setup.rules)
                saved += 1
            } catch let refusal as ReviewRefusal {
                return [.iidEvidenceRefused(ChecklistText.refusedOn(record.indicator, refusal.localized))]
            } catch {
                let why = DashboardText.unexpected(String(describing: error))
                return [.iidEvidenceRefused(ChecklistText.refusedOn(record.indicator, why))]
            }
        }
        return [.iidEvidenceSaved(ChecklistText.saved(saved, title))]
    }
}
