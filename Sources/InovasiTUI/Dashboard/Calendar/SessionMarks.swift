import Foundation
import InovasiCore

/// How a session is marked wherever it is listed: a letter-like mark for its status and a theme
/// role, so the status never rests on colour alone; `!` and the warning role for one starting soon.
enum SessionMarks {
    /// Minutes before its start a session counts as starting soon.
    static let soonMinutes = 15

    /// `!` starting within 15 minutes, `○` scheduled, `✓` done, `✗` cancelled.
    static func mark(_ session: MentoringSession, now: Date) -> String {
        if startsSoon(session, now: now) { return "!" }
        switch session.status {
        case .scheduled: return "○"
        case .done: return "✓"
        case .cancelled: return "✗"
        }
    }

    static func role(_ status: SessionStatus) -> ThemeRole {
        switch status {
        case .scheduled: .calendarEvent
        case .done: .ok
        case .cancelled: .muted
        }
    }

    /// A scheduled session starting in the next 15 minutes.
    static func startsSoon(_ session: MentoringSession, now: Date) -> Bool {
        let lead = session.startsAt.timeIntervalSince(now)
        return session.status == .scheduled && lead >= 0 && lead <= Double(soonMinutes * 60)
    }

    /// The OPDs a session serves, named from the progress rows the dashboard already holds.
    static func agencyNames(_ session: MentoringSession, _ rows: [AgencyProgress]) -> String {
        let names = session.agencyIDs.compactMap { id in rows.first { $0.agency.id == id }?.agency.name }
        return names.isEmpty ? "—" : names.joined(separator: ", ")
    }

    /// Today's next session not cancelled, from `sessions`, starting at or after `now`.
    static func nextToday(_ sessions: [MentoringSession], now: Date, zone: TimeZone) -> MentoringSession? {
        let today = CalendarDay(containing: now, in: zone)
        return
            sessions
            .filter {
                $0.status == .scheduled && $0.startsAt >= now && CalendarDay(containing: $0.startsAt, in: zone) == today
            }
            .min { $0.startsAt < $1.startsAt }
    }
}
