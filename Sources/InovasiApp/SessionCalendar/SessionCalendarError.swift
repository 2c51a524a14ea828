import Foundation
import InovasiCore
import InovasiICS
import InovasiStore

/// Why a calendar file cannot be imported: the file itself (``ICSError``, with its line), or one
/// event, named by its UID and the line of its `BEGIN:VEVENT`.
public enum SessionCalendarError: Error, Equatable, Sendable {
    /// The file cannot be read as a calendar.
    case file(ICSError)
    /// The event `uid` at `line` cannot be a session.
    case event(uid: String, line: Int, EventProblem)

    /// What is wrong with one event.
    public enum EventProblem: Error, Equatable, Sendable {
        /// A field ``SessionRule`` refuses.
        case invalid(ValidationError)
        /// OPD codes the store does not have.
        case unknownOPDs([String])
        /// Innovations (OPD code: title) the store does not have.
        case unknownInnovations([String])
        /// A property whose value is not one this program writes (`X-INOVASI-MODE:boat`).
        case badValue(String, String)
        /// A second event with the same uid.
        case duplicateUID
    }

    /// The message naming `path`, then the line, then the UID and the fault.
    public func message(path: String) -> Localized {
        switch self {
        case .file(let error):
            let reason = error.message
            return Localized(composing: { language in path + ": " + reason.text(language) })
        case .event(let uid, let line, let problem):
            let reason = Self.reason(problem)
            return Localized(composing: { language in
                SessionCalendarText.eventPlace(path: path, line: line, uid: uid).text(language) + ": "
                    + reason.text(language)
            })
        }
    }

    static func reason(_ problem: EventProblem) -> Localized {
        switch problem {
        case .invalid(let error):
            let store = StoreError.validation(error)
            return Localized(composing: { language in store.message(language) })
        case .unknownOPDs(let codes): return SessionCalendarText.unknownOPDs(codes.joined(separator: ", "))
        case .unknownInnovations(let names):
            return SessionCalendarText.unknownInnovations(names.joined(separator: "; "))
        case .badValue(let name, let value): return SessionCalendarText.badValue(name, value)
        case .duplicateUID: return SessionCalendarText.duplicateUID
        }
    }
}
