import Foundation
import InovasiCore

/// Reads what a session form needs and saves it through the ``SessionDesk``: before adding or
/// editing it asks the store for clashes the person has not confirmed yet (the calendar's loaded
/// window may be stale), and reports each save as done (with what happened) or refused (why).
struct SessionEffectRunner {
    let desk: SessionDesk

    func run(_ effect: DashboardEffect) -> [DashboardAction] {
        do {
            switch effect {
            case .openSessionForm(let purpose): return [.sessionFormReady(try seed(purpose))]
            case .saveSession(let save): return try saved(save)
            default: return []
            }
        } catch let refusal as ReviewRefusal {
            return [.sessionRefused(refusal.localized)]
        } catch {
            return [.sessionRefused(DashboardText.unexpected(String(describing: error)))]
        }
    }

    func seed(_ purpose: SessionFormPurpose) throws -> SessionFormSeed {
        let session = try purpose.sessionID.map { try desk.session($0) }
        let lists: Bool
        switch purpose {
        case .new, .edit: lists = true
        case .cancel, .done: lists = false
        }
        return SessionFormSeed(
            purpose: purpose, agencies: try desk.sessionAgencies(),
            innovations: lists ? try desk.sessionInnovations() : [],
            institutions: lists ? try desk.speakerInstitutions() : [], session: session,
            overlapping: try session.map { try desk.sessionsOverlapping($0) } ?? [])
    }

    func saved(_ save: SessionSave) throws -> [DashboardAction] {
        switch save {
        case .add(let session, let acknowledged):
            if let clashes = try unconfirmed(session, acknowledged) { return [.sessionClashesFound(clashes)] }
            let stored = try desk.addSession(session)
            return [.sessionSaved(SessionFormText.added(stored.id, stored.title), stored)]
        case .edit(let session, let original, let acknowledged):
            if let clashes = try unconfirmed(session, acknowledged) { return [.sessionClashesFound(clashes)] }
            let stored = try desk.editSession(session, original: original)
            return [.sessionSaved(SessionFormText.saved(stored.id), stored)]
        case .cancel(let original, let reason):
            let stored = try desk.cancelSession(original, reason: reason)
            return [.sessionSaved(SessionFormText.cancelled(stored.id), stored)]
        case .done(let original, let attended, let followUp):
            let stored = try desk.markSessionDone(original, attended: attended, followUp: followUp)
            return [
                .sessionSaved(SessionFormText.markedDone(stored.id, attended: stored.attendedAgencyIDs.count), stored)
            ]
        }
    }

    /// The store's clashes of `session` not among `acknowledged`; nil when there are none.
    func unconfirmed(_ session: MentoringSession, _ acknowledged: Set<Int64>) throws -> [SessionConflicts.Conflict]? {
        let clashes = SessionConflicts.find(for: session, among: try desk.sessionsOverlapping(session))
            .filter { !acknowledged.contains($0.other.id) }
        return clashes.isEmpty ? nil : clashes
    }
}
