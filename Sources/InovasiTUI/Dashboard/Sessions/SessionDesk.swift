import Foundation
import InovasiCore

/// Where the calendar's `+`, `e`, `c` and `x` go: the store, through an adapter (StoreSessionDesk in
/// InovasiApp).
///
/// Each write is one store transaction that checks the role again (admins only) and audits the
/// change; a refusal is thrown as a ``ReviewRefusal`` naming why, and nothing is changed. The writes
/// on an existing session carry the session as the form was opened on it: one changed since (by
/// another process) is refused with ``SessionChanged``.
public protocol SessionDesk {
    /// The OPDs a session may serve: every active one, in the store's order.
    func sessionAgencies() throws -> [Agency]
    /// The innovations a session may serve (of those OPDs).
    func sessionInnovations() throws -> [Innovation]
    /// The narasumber institutions already used in the store, for the institution pick list.
    func speakerInstitutions() throws -> [String]
    /// The session as stored now.
    func session(_ id: Int64) throws -> MentoringSession
    /// The sessions, not cancelled, whose time overlaps `session`'s: what it may clash with.
    func sessionsOverlapping(_ session: MentoringSession) throws -> [MentoringSession]
    /// Schedules a new session; returns it as stored, with its number and uid.
    func addSession(_ session: MentoringSession) throws -> MentoringSession
    /// Saves an edit of `original` (the uid stays, the sequence grows); returns it as stored.
    func editSession(_ session: MentoringSession, original: MentoringSession) throws -> MentoringSession
    /// Calls `original` off with `reason`; it stays, marked cancelled.
    func cancelSession(_ original: MentoringSession, reason: String) throws -> MentoringSession
    /// Records `original` as held: which OPDs attended and the follow-up agreed.
    func markSessionDone(_ original: MentoringSession, attended: [Int64], followUp: String) throws
        -> MentoringSession
}

/// The session was changed by someone else since its form was opened: nothing is saved, so the
/// person can look again before overwriting it.
public struct SessionChanged: ReviewRefusal, Hashable {
    /// The session's number.
    public let id: Int64
    /// Who changed it last, and when in words ("10.05 WIB"), when the audit trail says so.
    public let by: (user: String, time: String)?

    /// A refusal for session `id`, last changed `by` a user at a time.
    public init(id: Int64, by: (user: String, time: String)? = nil) {
        self.id = id
        self.by = by
    }

    /// "Sesi #41 telah diubah rina (10.05 WIB) sejak formulir dibuka …".
    public func message(_ language: Language) -> String {
        SessionFormText.changedMeanwhile(id, by: by?.user, at: by?.time).text(language)
    }

    /// Two refusals are the same when they name the same session and change.
    public static func == (lhs: SessionChanged, rhs: SessionChanged) -> Bool {
        lhs.id == rhs.id && lhs.by?.user == rhs.by?.user && lhs.by?.time == rhs.by?.time
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(by?.user)
        hasher.combine(by?.time)
    }
}

/// What a session form is opened for: a new session on a day, or one of the four keys on a session.
public enum SessionFormPurpose: Hashable, Sendable {
    /// `+`: a new session on this day.
    case new(CalendarDay)
    /// `e`: edit the session with this number.
    case edit(Int64)
    /// `c`: cancel it, asking the reason.
    case cancel(Int64)
    /// `x`: mark it done, asking who attended and the follow-up.
    case done(Int64)

    /// The session the form is about; nil for a new one.
    public var sessionID: Int64? {
        switch self {
        case .new: nil
        case .edit(let id), .cancel(let id), .done(let id): id
        }
    }
}

/// What a session form is built from, read through the ``SessionDesk``.
public struct SessionFormSeed: Hashable, Sendable {
    /// Why the form opens.
    public var purpose: SessionFormPurpose
    /// The active OPDs the form offers.
    public var agencies: [Agency]
    /// The innovations it offers.
    public var innovations: [Innovation]
    /// The institutions already used, offered first in the institution list.
    public var institutions: [String]
    /// The session to edit, cancel or close, as stored now; nil for a new one.
    public var session: MentoringSession?
    /// Sessions overlapping the edited one as stored now, the first candidates for clashes.
    public var overlapping: [MentoringSession]

    /// A seed for `purpose`.
    public init(
        purpose: SessionFormPurpose, agencies: [Agency], innovations: [Innovation] = [], institutions: [String] = [],
        session: MentoringSession? = nil, overlapping: [MentoringSession] = []
    ) {
        self.purpose = purpose
        self.agencies = agencies
        self.innovations = innovations
        self.institutions = institutions
        self.session = session
        self.overlapping = overlapping
    }
}

/// A save the calendar asks of the desk, carrying everything it needs.
public enum SessionSave: Hashable, Sendable {
    /// Add `session`; clashes with the sessions in `acknowledged` were already confirmed.
    case add(MentoringSession, acknowledged: Set<Int64>)
    /// Save `session` edited from `original`; clashes with `acknowledged` were confirmed.
    case edit(MentoringSession, original: MentoringSession, acknowledged: Set<Int64>)
    /// Cancel `original` with a reason.
    case cancel(MentoringSession, reason: String)
    /// Mark `original` done.
    case done(MentoringSession, attended: [Int64], followUp: String)
}
