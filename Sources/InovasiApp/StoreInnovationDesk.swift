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

    /// Adds the innovation as the actor (admin only), with its stage history from the start day.
    public func addInnovation(_ innovation: Innovation) throws -> Innovation {
        try refusing { () throws(StoreError) in try store.addInnovation(innovation, by: actor) }
    }

    /// Saves the innovation's fields as the actor (admin only), audited with before and after.
    public func editInnovation(_ innovation: Innovation) throws -> Innovation {
        try refusing { () throws(StoreError) in try store.editInnovation(innovation, by: actor) }
    }

    /// Lets the stopped innovation run again as the actor (admin only), audited.
    public func resumeInnovation(_ id: Int64) throws -> Innovation {
        try refusing { () throws(StoreError) in try store.resumeInnovation(id, by: actor) }
    }

    /// Sets or clears the main flag as the actor (admin only); setting clears the previous main.
    public func setMain(_ id: Int64, _ isMain: Bool) throws -> Innovation {
        try refusing { () throws(StoreError) in try store.setMain(id, isMain, by: actor) }
    }
}
