import Foundation
import InovasiCore
import InovasiICS

/// Sessions as calendar events: the one mapping the command line, the dashboard and the benchmark
/// write with. People read SUMMARY, LOCATION, DESCRIPTION and URL; the `X-INOVASI-…` properties
/// (``SessionCalendarField``) carry the fields so our own file reads back into the same sessions.
public struct SessionCalendarExport: Sendable {
    /// The OPD and innovation names.
    public var directory: SessionCalendarDirectory
    /// The language of DESCRIPTION's labels.
    public var language: Language

    /// An export naming OPDs and innovations through `directory`, labels in `language`.
    public init(directory: SessionCalendarDirectory, language: Language) {
        self.directory = directory
        self.language = language
    }

    /// The whole file: a `VTIMEZONE` for `zone`, one event per session, stamped `now`.
    public func data(_ sessions: [MentoringSession], zone: TimeZone, now: Date) -> Data {
        let writer = ICSWriter(
            productID: "-//inovasi//Kalender Pendampingan//ID", zone: zone, stamp: now,
            name: SessionCalendarText.calendarName.text(language))
        return writer.data(sessions.map(event))
    }

    /// One session as an event: UID and SEQUENCE its own, CANCELLED when it was called off.
    public func event(_ session: MentoringSession) -> ICSEvent {
        let link = session.meetingLink.trimmingCharacters(in: .whitespacesAndNewlines)
        return ICSEvent(
            uid: session.uid, sequence: session.sequence, start: session.startsAt, end: session.endsAt,
            summary: session.title, location: session.location, description: description(session),
            status: session.status == .cancelled ? .cancelled : .confirmed, url: link.isEmpty ? nil : link,
            categories: session.labStage.map { [$0.typed] } ?? [], extras: extras(session))
    }

    /// The lines people read in their calendar: narasumber, OPDs, innovations, mode, link, stage, notes.
    func description(_ session: MentoringSession) -> String {
        typealias T = SessionCalendarText
        var lines = [
            T.speakerLine(session.speakerName, session.speakerInstitution).text(language),
            T.modeLine(session.mode.label.text(language)).text(language),
        ]
        let opds = session.agencyIDs.map { directory.agencies[$0]?.name ?? "#\($0)" }
        if !opds.isEmpty { lines.append(T.opdLine(opds.joined(separator: ", ")).text(language)) }
        let innovations = session.innovationIDs.map { directory.innovations[$0]?.title ?? "#\($0)" }
        if !innovations.isEmpty {
            lines.append(T.innovationLine(innovations.joined(separator: ", ")).text(language))
        }
        if !session.meetingLink.isEmpty { lines.append(T.linkLine(session.meetingLink).text(language)) }
        if let stage = session.labStage { lines.append(T.stageLine(stage.typed).text(language)) }
        if session.status != .scheduled {
            lines.append(T.statusLine(session.status.label.text(language)).text(language))
        }
        if !session.notes.isEmpty { lines.append(T.notesLine(session.notes).text(language)) }
        return lines.joined(separator: "\n")
    }

    /// The structured fields, read back by ``SessionCalendarImport``.
    func extras(_ session: MentoringSession) -> [ICSExtraProperty] {
        typealias F = SessionCalendarField
        var extras = [
            ICSExtraProperty(F.speaker, session.speakerName),
            ICSExtraProperty(F.institution, session.speakerInstitution),
            ICSExtraProperty(F.place, session.location),
            ICSExtraProperty(F.mode, session.mode.rawValue),
            ICSExtraProperty(F.status, session.status.rawValue),
        ]
        extras += session.agencyIDs.compactMap { directory.agencies[$0]?.code }.map { ICSExtraProperty(F.opd, $0) }
        for id in session.innovationIDs {
            guard let innovation = directory.innovations[id] else { continue }
            var parameters = [F.idParameter: String(id)]
            parameters[F.opdParameter] = directory.agencies[innovation.agencyID]?.code
            extras.append(ICSExtraProperty(F.innovation, innovation.title, parameters: parameters))
        }
        if let stage = session.labStage { extras.append(ICSExtraProperty(F.labStage, stage.typed)) }
        extras += session.attendedAgencyIDs.compactMap { directory.agencies[$0]?.code }
            .map { ICSExtraProperty(F.attended, $0) }
        if !session.followUp.isEmpty { extras.append(ICSExtraProperty(F.followUp, session.followUp)) }
        if !session.notes.isEmpty { extras.append(ICSExtraProperty(F.notes, session.notes)) }
        return extras
    }
}
