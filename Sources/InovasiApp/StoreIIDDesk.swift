import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

extension StoreDashboardSource: IIDDesk {
    /// The plan's input of `year` under `rules`, the days taken in the office's zone.
    public func iidPlanInput(year: Int, rules: IIDRules) throws -> IIDPlanInput {
        try refusing { () throws(StoreError) in try store.iidPlanInput(year: year, rules: rules, zone: zone) }
    }

    /// The innovation's evidence records of `year`.
    public func iidEvidence(year: Int, innovationID: Int64) throws -> [IIDEvidence] {
        try refusing { () throws(StoreError) in try store.iidEvidence(year: year, innovationID: innovationID) }
    }

    /// Saves one record as the actor, audited; the store checks the level, the indicator and who may.
    public func setIIDEvidence(_ evidence: IIDEvidence, rules: IIDRules) throws {
        _ = try refusing { () throws(StoreError) in
            try store.setIIDEvidence(evidence, rules: rules, by: actor, now: evidence.enteredAt)
        }
    }
}
