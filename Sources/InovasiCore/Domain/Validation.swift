import Foundation

extension Agency {
    /// Checks code (no spaces), name, short name and that only a kelurahan has a parent.
    public func validate() throws(ValidationError) {
        try Check.text(code, field: "code", max: 32)
        if code.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) {
            throw ValidationError(field: "code", reason: .invalid)
        }
        try Check.text(name, field: "name", max: 200)
        if shortName.count > 60 { throw ValidationError(field: "shortName", reason: .tooLong(max: 60)) }
        if kind == .kelurahan, parentID == nil {
            throw ValidationError(field: "parentID", reason: .missing)
        }
        if kind != .kelurahan, parentID != nil {
            throw ValidationError(field: "parentID", reason: .invalid)
        }
    }
}

extension Innovation {
    /// Checks title, initiator, affair and dates.
    public func validate() throws(ValidationError) {
        try Check.text(title, field: "title", max: 300)
        try Check.text(initiatorName, field: "initiatorName", max: 200)
        try Check.text(affair, field: "affair", max: 100)
        if stageChangedOn < startedOn {
            throw ValidationError(field: "stageChangedOn", reason: .endBeforeStart)
        }
        try profile.validate()
        if let stopped = profile.stoppedOn, stopped < startedOn {
            throw ValidationError(field: "stoppedOn", reason: .endBeforeStart)
        }
    }
}

extension Proposal {
    /// Checks every field a reviewer needs to judge the proposal.
    public func validate() throws(ValidationError) {
        try Check.text(title, field: "title", max: 300)
        try Check.text(initiatorName, field: "initiatorName", max: 200)
        try Check.text(affair, field: "affair", max: 100)
        try Check.text(design, field: "design", max: 20_000)
        try Check.text(goal, field: "goal", max: 5_000)
        try Check.text(benefit, field: "benefit", max: 5_000)
        try Check.text(expectedResult, field: "expectedResult", max: 5_000)
        if budget < 0 { throw ValidationError(field: "budget", reason: .negative) }
        if initiatorKind == .citizen, (proposerName ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(field: "proposerName", reason: .missing)
        }
        if let trial = plannedTrialOn, let implementation = plannedImplementationOn, implementation < trial {
            throw ValidationError(field: "plannedImplementationOn", reason: .endBeforeStart)
        }
    }
}

extension MentoringSession {
    /// Checks title, times, place and narasumber.
    public func validate() throws(ValidationError) {
        try Check.text(title, field: "title", max: 300)
        try Check.text(location, field: "location", max: 300)
        try Check.text(speakerName, field: "speakerName", max: 200)
        try Check.text(speakerInstitution, field: "speakerInstitution", max: 200)
        if endsAt <= startsAt { throw ValidationError(field: "endsAt", reason: .endBeforeStart) }
    }
}
