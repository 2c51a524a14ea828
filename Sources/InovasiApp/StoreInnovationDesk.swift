import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

extension StoreDashboardSource: InnovationDesk {
    /// Moves the innovation one stage on as the actor; the store checks ``StageRule`` again.
    public func advanceStage(_ id: Int64) throws -> Innovation {
        try refusing { () throws(StoreError) in try store.moveStage(of: id, .advance, by: actor) }
    }

    /// Moves the innovation back to `stage` with `note` as the actor (admin only).
    public func moveStageBack(_ id: Int64, to stage: Stage, note: String) throws -> Innovation {
        try refusing { () throws(StoreError) in try store.moveStage(of: id, .back(to: stage), note: note, by: actor) }
    }

    /// Sets or clears the main flag as the actor (admin only); setting clears the previous main.
    public func setMain(_ id: Int64, _ isMain: Bool) throws -> Innovation {
        try refusing { () throws(StoreError) in try store.setMain(id, isMain, by: actor) }
    }
}
