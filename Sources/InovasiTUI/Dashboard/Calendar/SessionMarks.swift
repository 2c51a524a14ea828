import Foundation
import InovasiCore

/// How a session is marked wherever it is listed: a letter-like mark for its status and a theme
/// role, so the status never rests on colour alone; `!` and the warning role for one starting soon;
/// a tag (LAN, PAN, BRIN, DAGRI …) and a theme role for its narasumber's institution.
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

    /// The colour of a session's line: a scheduled one is plain text (its `○` says it; issue 14,
    /// colour only where it carries meaning), a done one `ok`, a cancelled one muted.
    static func role(_ status: SessionStatus) -> ThemeRole {
        switch status {
        case .scheduled: .base
        case .done: .ok
        case .cancelled: .muted
        }
    }

    /// The theme role of an institution's tag.
    static func role(_ institution: Institution) -> ThemeRole {
        switch institution {
        case .lanRI: .sessionLAN
        case .kemenpanRB: .sessionPAN
        case .brin: .sessionBRIN
        case .kemendagri: .sessionDAGRI
        case .other: .sessionOther
        }
    }

    /// The session's institution tag padded to ``Institution/tagWidth`` columns, so titles line up.
    static func tag(_ session: MentoringSession, _ language: Language) -> String {
        TextLayout.pad(Institution.tag(of: session.speakerInstitution, language), toWidth: Institution.tagWidth)
    }

    /// The theme role of the session's institution tag.
    static func institutionRole(_ session: MentoringSession) -> ThemeRole {
        role(Institution(classifying: session.speakerInstitution))
    }

    /// A scheduled session starting in the next 15 minutes.
    static func startsSoon(_ session: MentoringSession, now: Date) -> Bool {
        let lead = session.startsAt.timeIntervalSince(now)
        return session.status == .scheduled && lead >= 0 && lead <= Double(soonMinutes * 60)
    }

    /// The OPDs a session serves by their short codes, from the progress rows the dashboard holds.
    static func agencyCodes(_ session: MentoringSession, _ rows: [AgencyProgress]) -> String {
        let codes = session.agencyIDs.compactMap { id in rows.first { $0.agency.id == id }?.agency.code }
        return codes.isEmpty ? "—" : codes.joined(separator: ", ")
    }

    /// Today's next session not cancelled, from `sessions`, starting at or after `now`. Drawn with
    /// every frame over thousands of sessions at national scale: it compares instants and copies
    /// only the one found.
    static func nextToday(_ sessions: [MentoringSession], now: Date, zone: TimeZone) -> MentoringSession? {
        let tomorrow = CalendarDay(containing: now, in: zone).adding(days: 1).start(in: zone)
        var best: Int?
        for index in sessions.indices where sessions[index].status == .scheduled {
            let start = sessions[index].startsAt
            guard start >= now, start < tomorrow else { continue }
            if let found = best, sessions[found].startsAt <= start { continue }
            best = index
        }
        return best.map { sessions[$0] }
    }

    /// The sessions starting on `days` in `zone`, in their order: compares instants, so a calendar of
    /// thousands of sessions copies only the ones it lists.
    static func starting(on days: ClosedRange<CalendarDay>, _ sessions: [MentoringSession], zone: TimeZone)
        -> [MentoringSession]
    {
        let from = days.lowerBound.start(in: zone)
        let until = days.upperBound.adding(days: 1).start(in: zone)
        return sessions.indices.filter { sessions[$0].startsAt >= from && sessions[$0].startsAt < until }
            .map { sessions[$0] }
    }
}
