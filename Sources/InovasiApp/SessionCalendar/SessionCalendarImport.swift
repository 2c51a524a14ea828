import Foundation
import InovasiCore
import InovasiICS
import InovasiStore

/// Calendar events as sessions: our own files (with ``SessionCalendarField``) field for field,
/// other programs' events (Google Calendar, Outlook, Thunderbird) as well as they can be:
/// SUMMARY the title, DESCRIPTION the notes, LOCATION the place, a link making it online, the
/// narasumber and a missing place from ``SessionCalendarDefaults``, an all-day event over the office
/// hours of its days, each occurrence of a recurring event a session of its own (uid
/// `UID/RECURRENCE-ID in UTC`). Every session passes ``SessionImportPlan/validate(_:)``; the first
/// fault names the event's UID and line.
public struct SessionCalendarImport: Sendable {
    /// The OPD codes and innovation titles a file may name.
    public var directory: SessionCalendarDirectory
    /// The office's zone: all-day dates and floating times are read in it.
    public var zone: TimeZone
    /// What a foreign event lacks.
    public var defaults: SessionCalendarDefaults

    /// An import resolving names through `directory`, in `zone`, filling gaps from `defaults`.
    public init(directory: SessionCalendarDirectory, zone: TimeZone, defaults: SessionCalendarDefaults) {
        self.directory = directory
        self.zone = zone
        self.defaults = defaults
    }

    /// The sessions of the events of `data` starting in [`from`, `to`).
    public func read(_ data: Data, from: Date, to: Date) throws(SessionCalendarError) -> [MentoringSession] {
        let events: [ICSEvent]
        do {
            events = try ICSReader(zone: zone).read(data, from: from, to: to)
        } catch {
            throw .file(error)
        }
        return try sessions(events)
    }

    /// One session per event; two events with one uid are refused.
    public func sessions(_ events: [ICSEvent]) throws(SessionCalendarError) -> [MentoringSession] {
        var seen: Set<String> = []
        var sessions: [MentoringSession] = []
        sessions.reserveCapacity(events.count)
        for event in events {
            let session = try self.session(event)
            guard seen.insert(session.uid).inserted else {
                throw .event(uid: session.uid, line: event.line, .duplicateUID)
            }
            sessions.append(session)
        }
        return sessions
    }

    /// The session an event stands for, validated.
    public func session(_ event: ICSEvent) throws(SessionCalendarError) -> MentoringSession {
        let uid = Self.uid(event)
        let fail = { (problem: SessionCalendarError.EventProblem) in
            SessionCalendarError.event(uid: uid, line: event.line, problem)
        }
        guard !event.uid.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(.badValue("UID", "")) }
        let fields = SessionCalendarFields(event: event, directory: directory, defaults: defaults)
        let (start, end) = times(event)
        var session = MentoringSession(
            title: event.summary.trimmingCharacters(in: .whitespacesAndNewlines), startsAt: start, endsAt: end,
            location: fields.place, mode: .offline, speakerName: fields.speaker,
            speakerInstitution: fields.institution, notes: fields.notes, uid: uid, sequence: event.sequence,
            meetingLink: fields.link, followUp: fields.followUp)
        do throws(SessionCalendarError.EventProblem) {
            session.mode = try fields.mode()
            session.status = try fields.status()
            session.labStage = try fields.labStage()
            session.agencyIDs = try fields.agencies(SessionCalendarField.opd)
            session.attendedAgencyIDs = try fields.agencies(SessionCalendarField.attended)
            session.innovationIDs = try fields.innovations()
        } catch {
            throw fail(error)
        }
        do {
            try SessionImportPlan.validate(session)
        } catch {
            throw fail(.invalid(error))
        }
        return session
    }

    /// The uid of the session: the event's, with `/` and the occurrence's start in UTC for one
    /// occurrence of a recurring event (so each occurrence is a session of its own and a second
    /// import finds it again).
    public static func uid(_ event: ICSEvent) -> String {
        guard let occurrence = event.recurrenceID else { return event.uid }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: occurrence)
        let stamp = String(
            format: "%04d%02d%02dT%02d%02d%02dZ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
            parts.minute ?? 0, parts.second ?? 0)
        return event.uid + "/" + stamp
    }

    /// The event's times; an all-day event runs over the office hours of its days, from the opening
    /// of the first to the closing of the last (Friday's later closing on a Friday).
    func times(_ event: ICSEvent) -> (Date, Date) {
        guard event.isAllDay else { return (event.start, event.end) }
        let first = CalendarDay(containing: event.start, in: zone)
        let last = max(first, CalendarDay(containing: event.end.addingTimeInterval(-1), in: zone))
        let closes = last.isoWeekday == 5 ? OfficeHours.closesFriday : OfficeHours.closes
        return (
            SessionRule.instant(first, minute: OfficeHours.opens, in: zone),
            SessionRule.instant(last, minute: closes, in: zone)
        )
    }
}
