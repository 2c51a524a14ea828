import Foundation
import GRDB
import InovasiCore

extension Store {
    /// Admin only: saves the changed fields of an innovation, audited with before and after. A new
    /// start day also dates the history's first step (inisiatif), which records the start.
    ///
    /// The stage, the main flag, the proposal and the stop have their own commands: `edited`'s values
    /// of those are ignored and the stored ones kept. Moving a main innovation to an OPD or bidang
    /// that has its own main one is refused (field `isMain`).
    @discardableResult
    public func editInnovation(_ edited: Innovation, by actor: String, now: Date = Date()) throws(StoreError)
        -> Innovation
    {
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.innovationEdit)
            let before = try Self.storedInnovation(edited.id, db)
            var after = edited
            after.stage = before.stage
            after.stageChangedOn = before.stageChangedOn
            after.isMain = before.isMain
            after.proposalID = before.proposalID
            after.profile.stoppedOn = before.profile.stoppedOn
            after.profile.stopReason = before.profile.stopReason
            try validated(after.validate)
            try References.requireAgency(after.agencyID, db)
            try References.requireDivision(after.divisionID, of: after.agencyID, db)
            if after.isMain, try MainFlag.current(of: after, db) != nil {
                throw StoreError.validation(ValidationError(field: "isMain", reason: .invalid))
            }
            guard after != before else { return before }
            if after.startedOn != before.startedOn {
                try StageRecord.moveStart(of: after.id, to: after.startedOn, db)
            }
            return try Self.save(after, before: before, action: StoreAction.innovationEdit, by: actor, now: now, db)
        }
    }

    /// Moves an innovation's stage by ``StageRule``: `advance` one step (admins and reviewers),
    /// `back(to:)` with a note (admins only). Writes the history step and an audit row.
    @discardableResult
    public func moveStage(
        of id: Int64, _ move: StageMove, note: String = "", by actor: String, now: Date = Date()
    ) throws(StoreError) -> Innovation {
        try write { db in
            try Permission.require(db, actor: actor, action: StoreAction.innovationStage) {
                StageRule.isAllowed(move, for: $0)
            }
            let before = try Self.storedInnovation(id, db)
            let target: Stage
            switch StageRule.target(of: move, from: before.stage, stopped: !before.profile.isActive, note: note) {
            case .success(let stage): target = stage
            case .failure(let refusal):
                throw StoreError.validation(ValidationError(field: "stage", reason: .stage(refusal)))
            }
            var after = before
            after.stage = target
            after.stageChangedOn = max(now, before.startedOn)
            try StageRecord.append(
                StageChange(innovationID: id, stage: target, on: after.stageChangedOn, by: actor, note: note), db)
            return try Self.save(
                after, before: before, action: StoreAction.innovationStage, by: actor, now: now, note: note, db)
        }
    }

    /// Admin only: makes the innovation its OPD's (or bidang's) main one, or no longer main.
    /// Setting clears the previous main of that scope first, with its own audit row.
    @discardableResult
    public func setMain(_ id: Int64, _ isMain: Bool, by actor: String, now: Date = Date()) throws(StoreError)
        -> Innovation
    {
        try write { db in
            let action = isMain ? StoreAction.innovationSetMain : StoreAction.innovationUnsetMain
            try Permission.requireAdmin(db, actor: actor, action: action)
            let before = try Self.storedInnovation(id, db)
            guard before.isMain != isMain else { return before }
            if isMain, let previousID = try MainFlag.current(of: before, db) {
                let previous = try Self.storedInnovation(previousID, db)
                var cleared = previous
                cleared.isMain = false
                _ = try Self.save(
                    cleared, before: previous, action: StoreAction.innovationUnsetMain, by: actor, now: now,
                    note: "main: #\(id)", db)
            }
            var after = before
            after.isMain = isMain
            return try Self.save(after, before: before, action: action, by: actor, now: now, db)
        }
    }

    /// Admin only: stops an innovation on `on` for `reason`; a stopped one cannot advance.
    @discardableResult
    public func stopInnovation(
        _ id: Int64, reason: String, on: Date, by actor: String, now: Date = Date()
    ) throws(StoreError) -> Innovation {
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.innovationStop)
            let before = try Self.storedInnovation(id, db)
            guard before.profile.isActive else {
                throw StoreError.validation(ValidationError(field: "stoppedOn", reason: .invalid))
            }
            var after = before
            after.profile.stoppedOn = on
            after.profile.stopReason = reason
            try validated(after.validate)
            return try Self.save(after, before: before, action: StoreAction.innovationStop, by: actor, now: now, db)
        }
    }

    /// Admin only: lets a stopped innovation run again (the stop's day and reason are cleared; the
    /// audit row keeps them in its "before"). An innovation that runs is refused (field `stoppedOn`).
    @discardableResult
    public func resumeInnovation(_ id: Int64, note: String = "", by actor: String, now: Date = Date())
        throws(StoreError) -> Innovation
    {
        try write { db in
            try Permission.requireAdmin(db, actor: actor, action: StoreAction.innovationResume)
            let before = try Self.storedInnovation(id, db)
            guard !before.profile.isActive else {
                throw StoreError.validation(ValidationError(field: "stoppedOn", reason: .invalid))
            }
            var after = before
            after.profile.stoppedOn = nil
            after.profile.stopReason = ""
            return try Self.save(
                after, before: before, action: StoreAction.innovationResume, by: actor, now: now, note: note, db)
        }
    }

    /// The stored innovation, or a refusal naming the field `id`.
    static func storedInnovation(_ id: Int64, _ db: Database) throws -> Innovation {
        guard let innovation = try InnovationRecord.fetch(id: id, db) else {
            throw StoreError.validation(ValidationError(field: "id", reason: .unknownReference))
        }
        try Removal.requirePresent(.innovation, id, db)
        return innovation
    }

    /// Writes `after` over the row and appends the audit row with both states.
    private static func save(
        _ after: Innovation, before: Innovation, action: String, by actor: String, now: Date, note: String = "",
        _ db: Database
    ) throws -> Innovation {
        try db.execute(sql: InnovationRecord.updateSQL, arguments: InnovationRecord.updateArguments(after))
        try AuditLog.append(
            db, at: now, user: actor, action: action, entity: "innovation", entityID: after.id,
            before: AuditJSON.encode(before), after: AuditJSON.encode(after), note: note)
        return try storedInnovation(after.id, db)
    }
}
