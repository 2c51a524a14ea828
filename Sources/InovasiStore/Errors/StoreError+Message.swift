import Foundation
import InovasiCore

extension StoreError {
    /// A clear message naming what and where, in the given language, for a person to read.
    ///
    /// Times (in ``staleVersion(proposalID:expected:actual:changedBy:changedAt:action:)``) are shown
    /// in `timeZone`, UTC unless the caller passes the configured display zone.
    public func message(_ language: Language, in timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .gmt) -> String {
        localized(timeZone: timeZone).text(language)
    }

    private func localized(timeZone: TimeZone) -> Localized {
        switch self {
        case .fileExists(let path): return StoreText.storeFileExists(path)
        case .notFound(let path): return StoreText.storeNotFound(path)
        case .notAnInovasiStore(let path, let detail): return Self.foreign(path: path, detail: detail)
        case .newerSchema(let path, let found, let supported):
            return StoreText.storeNewerSchema(path, found: found, supported: supported)
        case .schemaMismatch(let path, let header, let meta, let supported):
            return StoreFileText.storeSchemaMismatch(path, header: header, meta: meta, supported: supported)
        case .staleLog(let path, let log): return StoreFileText.storeStaleLog(path, log: log)
        case .inUse(let path): return StoreFileText.storeInUse(path)
        case .readOnly(let path): return StoreText.storeReadOnly(path)
        case .locked(let path): return StoreText.storeLocked(path)
        case .permissionDenied(let user, let role, let action):
            return Self.both { language in
                StoreText.storePermissionDenied(
                    user: user, role: StoreTermText.role(role).text(language),
                    action: StoreTermText.permission(action).text(language)
                ).text(language)
            }
        case .unknownUser(let name): return StoreText.storeUnknownUser(name)
        case .duplicateUser(let name): return StoreText.storeDuplicateUser(name)
        case .unknownProposal(let id): return StoreText.storeUnknownProposal(id)
        case .sessionChanged(let id, let user, let at):
            return StoreText.storeSessionChanged(id, user: user, time: at.map { Self.format($0, in: timeZone) })
        case .staleVersion(let id, let expected, let actual, _, _, _) where expected > actual:
            return StoreText.storeVersionNotReached(id: id, expected: expected, actual: actual)
        case .staleVersion(let id, let expected, let actual, let user, let at, let action):
            let time = Self.format(at, in: timeZone)
            return Self.both { language in
                StoreText.storeStale(
                    id: id, expected: expected, actual: actual, user: user, time: time,
                    action: AuditActionText.past(action).text(language)
                ).text(language)
            }
        case .transition(let error):
            return Self.both { language in
                StoreText.storeTransition(
                    status: error.from.label.text(language),
                    event: StoreTermText.event(error.event).text(language)
                ).text(language)
            }
        case .validation(let error):
            return Self.both { language in
                StoreText.storeValidation(field: error.field, reason: StoreTermText.reason(error.reason).text(language))
                    .text(language)
            }
        case .io(let path, let detail):
            let words = DetailText.words(detail)
            return Self.both { language in StoreText.storeIO(path, words.text(language)).text(language) }
        case .ownAgency(let user, let id, let agency):
            return StoreReviewText.storeOwnAgency(user: user, proposalID: id, agency: agency)
        case .notHolder(let user, let id, let holder, let action):
            return Self.both { language in
                StoreReviewText.storeNotHolder(
                    user: user, proposalID: id, holder: holder, action: StoreTermText.permission(action).text(language)
                ).text(language)
            }
        case .externalMember(let user, let id, let action):
            return Self.both { language in
                StoreReviewText.storeExternalMember(
                    user: user, proposalID: id, action: StoreTermText.permission(action).text(language)
                ).text(language)
            }
        case .statusChanged(let id, let status, let event, let user, let at, let action):
            return Self.statusChanged(id, status, event, user: user, time: Self.format(at, in: timeZone), action)
        case .statusRefused(let id, let status, let action): return Self.statusRefused(id, status, action)
        case .undoRefused(let id, let user, let at, let action):
            let time = Self.format(at, in: timeZone)
            return Self.both { language in
                StoreReviewText.storeUndoRefused(
                    proposalID: id, user: user, time: time, action: AuditActionText.past(action).text(language)
                ).text(language)
            }
        case .nothingToUndo(let id): return StoreReviewText.storeNothingToUndo(id)
        case .lastAdmin(let name): return StoreReviewText.storeLastAdmin(name)
        case .sharedFiles(let problem): return problem.text
        case .alreadyUsed(let field, let value, let code):
            return AgencyStoreText.alreadyUsed(field: field, value: value, by: code)
        case .divisionInUse(let agency, let division, let innovations, let proposals):
            return AgencyStoreText.divisionInUse(
                agency: agency, division: division, innovations: innovations, proposals: proposals)
        case .villagesStillActive(let agency, let count):
            return AgencyStoreText.villagesStillActive(agency: agency, count: count)
        case .removed(let entity, let id): return RemovalStoreText.removed(entity: entity, id: id)
        case .notRemoved(let entity, let id): return RemovalStoreText.notRemoved(entity: entity, id: id)
        case .onProposal(let id, let error):
            let inner = error.localized(timeZone: timeZone)
            return StoreBatchText.onProposal(id, inner)
        case .agencyInUse(let agency, let innovations, let proposals, let villages, let users):
            return RemovalStoreText.agencyInUse(
                agency: agency, innovations: innovations, proposals: proposals, villages: villages, users: users)
        case .parentInactive(let agency, let parent):
            return AgencyStoreText.parentInactive(agency: agency, parent: parent)
        case .otherAgency(let user, let agency, let proposalAgency):
            return ProposalStoreText.otherAgency(user: user, agency: agency, proposalAgency: proposalAgency)
        case .iidFromEnactment(let indicator, let id): return IIDStoreText.fromEnactment(indicator, innovationID: id)
        }
    }

    private static func statusChanged(
        _ id: Int64, _ status: ProposalStatus, _ event: ProposalEvent, user: String, time: String, _ action: String
    ) -> Localized {
        both { language in
            StoreReviewText.storeStatusChanged(
                proposalID: id, status: status.label.text(language), event: StoreTermText.event(event).text(language),
                user: user, time: time, action: AuditActionText.past(action).text(language)
            ).text(language)
        }
    }

    private static func statusRefused(_ id: Int64, _ status: ProposalStatus, _ action: String) -> Localized {
        both { language in
            let act: ReviewAct =
                switch action {
                case StoreAction.assign: .assign
                case StoreAction.unassign: .unassign
                default: .score
                }
            let allowed = act.allowedStatuses
            let names = StoreTermText.list(allowed.map { $0.label.text(language) }, language)
            let current = status.label.text(language)
            let text: Localized
            switch action {
            case StoreAction.proposalEdit:
                let editable = StoreTermText.list(
                    ProposalAct.edit.allowedStatuses.map { $0.label.text(language) }, language)
                text = ProposalStoreText.editRefused(proposalID: id, status: current, allowed: editable)
            case StoreAction.assign:
                text = StoreReviewText.storeAssignRefused(proposalID: id, status: current, allowed: names)
            case StoreAction.unassign:
                text = StoreReviewText.storeUnassignRefused(proposalID: id, status: current, allowed: names)
            default: text = StoreReviewText.storeScoreRefused(proposalID: id, status: current, allowed: names)
            }
            return text.text(language)
        }
    }

    private static func foreign(path: String, detail: String) -> Localized {
        guard let (problem, facts) = FileProblem.parse(detail) else { return StoreText.storeForeign(path, detail) }
        return both { language in
            let text = problem.text.text(language)
            let words = DetailText.words(facts).text(language)
            let detail = facts.isEmpty ? text : "\(text) (\(words))"
            // Damage found by SQLite may show mid-command, after this process opened the file for
            // writing: the message must not claim the file was left unchanged.
            let message =
                problem == .damaged ? StoreFileText.storeDamaged(path, detail) : StoreText.storeForeign(path, detail)
            return message.text(language)
        }
    }

    private static func both(_ make: (Language) -> String) -> Localized {
        Localized(composing: make)
    }

    /// `2026-12-07 09:15 UTC`, `2026-12-07 16:15 WIB`: unambiguous in both languages.
    static func format(_ date: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let named = DateText.zoneName(timeZone, at: date)
        let zone = named == "UTC+00:00" ? "UTC" : named
        let text = String(
            format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
            parts.minute ?? 0)
        return "\(text) \(zone)"
    }
}
