import Foundation
import InovasiApp
import InovasiCore

/// Mentoring sessions in the four formats, times in the configured zone for people, UTC in files.
struct SessionsOutput {
    let sessions: [MentoringSession]
    let codes: [Int64: String]
    let from: CalendarDay
    let to: CalendarDay
    let style: OutputStyle

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .table: table(markdown: false)
        case .markdown: table(markdown: true)
        case .csv: style.csv(header: SessionItem.header, rows: items.map(\.fields))
        case .json: try JSONOutput.encode(SessionsDocument(from: from.description, to: to.description, sessions: items))
        }
    }

    var items: [SessionItem] { sessions.map { SessionItem($0, codes: codes) } }

    func table(markdown: Bool) -> String {
        let language = style.language
        var table = TextTable(columns: [
            TextTable.Column(ColumnText.sessionDay.text(language)),
            TextTable.Column(ColumnText.sessionTime.text(language)),
            TextTable.Column(ColumnText.sessionTitle.text(language), maxWidth: 50),
            TextTable.Column(ColumnText.sessionMode.text(language)),
            TextTable.Column(ColumnText.sessionSpeaker.text(language), maxWidth: 40),
            TextTable.Column(ColumnText.sessionLocation.text(language), maxWidth: 30),
            TextTable.Column(SessionsText.columnOPDs.text(language), maxWidth: 40),
            TextTable.Column(ColumnText.sessionStatus.text(language)),
        ])
        for session in sessions {
            let time =
                DateText.time(session.startsAt, in: style.zone, language) + "–"
                + DateText.time(session.endsAt, in: style.zone, language)
            table.add([
                DateText.long(session.startsAt, in: style.zone, language), time, session.title,
                session.mode.label.text(language), "\(session.speakerName) (\(session.speakerInstitution))",
                session.location, session.agencyIDs.map { codes[$0] ?? String($0) }.joined(separator: ", "),
                session.status.label.text(language),
            ])
        }
        let zone = DateText.zoneName(style.zone, at: style.now)
        let title = OutputText.sessionsTitle(
            city: style.city, from: DateText.long(from, language), to: DateText.long(to, language), zone: zone)
        let notes = sessions.isEmpty ? [OutputText.sessionsEmpty.text(language)] : []
        return style.titled(title.text(language), table, markdown: markdown, notes: notes)
    }
}

/// The sessions of a range as one JSON document.
struct SessionsDocument: Encodable {
    /// First day of the range, `YYYY-MM-DD`.
    var from: String
    /// Last day of the range (included).
    var to: String
    var sessions: [SessionItem]
}

/// One mentoring session under stable English keys.
struct SessionItem: Encodable {
    var id: Int64
    var title: String
    var startsAt: Date
    var endsAt: Date
    var location: String
    var mode: String
    var speakerName: String
    var speakerInstitution: String
    /// Codes of the OPDs the session serves.
    var opds: [String]
    var status: String
    /// The calendar identity, unchanged by edits.
    var uid: String
    /// Edits so far.
    var sequence: Int
    var meetingLink: String
    /// `drum-up` … `display`, or empty.
    var labStage: String
    var innovationIDs: [Int64]
    /// Codes of the OPDs that attended (a done session).
    var attended: [String]
    var followUp: String
    var notes: String

    static let header = [
        "id", "title", "startsAt", "endsAt", "location", "mode", "speakerName", "speakerInstitution", "opds", "status",
        "uid", "sequence", "meetingLink", "labStage", "innovationIDs", "attended", "followUp", "notes",
    ]

    init(_ session: MentoringSession, codes: [Int64: String]) {
        id = session.id
        title = session.title
        startsAt = session.startsAt
        endsAt = session.endsAt
        location = session.location
        mode = session.mode.rawValue
        speakerName = session.speakerName
        speakerInstitution = session.speakerInstitution
        opds = session.agencyIDs.map { codes[$0] ?? String($0) }
        status = session.status.rawValue
        uid = session.uid
        sequence = session.sequence
        meetingLink = session.meetingLink
        labStage = session.labStage?.typed ?? ""
        innovationIDs = session.innovationIDs
        attended = session.attendedAgencyIDs.map { codes[$0] ?? String($0) }
        followUp = session.followUp
        notes = session.notes
    }

    /// CSV fields; the OPD codes are joined with `;` inside one field.
    var fields: [String] {
        [
            String(id), title, ISO8601.text(startsAt), ISO8601.text(endsAt), location, mode, speakerName,
            speakerInstitution, opds.joined(separator: ";"), status, uid, String(sequence), meetingLink, labStage,
            innovationIDs.map(String.init).joined(separator: ";"), attended.joined(separator: ";"), followUp, notes,
        ]
    }
}
