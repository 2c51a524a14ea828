import Foundation
import InovasiCore
import InovasiStore

/// The warnings a session raises before it is saved: printed to standard error, never refusing,
/// except a new session in the past without `--yes`.
enum SessionsCheck {
    /// Prints the clashes and warnings of `session`; refuses (exit 1, nothing saved) a past date
    /// for a new session unless `confirmed`.
    static func warn(
        _ session: MentoringSession, isNew: Bool, confirmed: Bool, store: Store, _ context: CommandContext
    ) throws {
        let language = context.language
        let holidays = try HolidayFileLoader.calendar(context)
        let warnings = SessionWarnings.find(
            for: session, isNew: isNew, now: context.now, in: context.zone, holiday: holidays.holiday(on:))
        if !confirmed, let past = warnings.first(where: \.needsConfirmation) {
            throw InputRefusal(SessionsText.pastNeedsYes(SessionText.warning(past).text(language)))
        }
        let codes = Dictionary(try store.agencies().map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
        let conflicts = SessionConflicts.find(for: session, among: try store.sessionsOverlapping(session))
        for conflict in conflicts {
            let text = SessionText.conflict(
                conflict, time: { DateText.time($0, in: context.zone, language) },
                code: { codes[$0] ?? "#\($0)" })
            context.console.err(SessionsText.warning(text.text(language)).text(language))
        }
        for warning in warnings where !warning.needsConfirmation {
            context.console.err(SessionsText.warning(SessionText.warning(warning).text(language)).text(language))
        }
    }
}
