import ArgumentParser
import Foundation
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi sessions show ID`: one session with every field, times in the configured zone.
struct SessionsShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: SessionsText.show.current)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(SessionsText.idHelp.current, valueName: "id"))
    var id: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        try InnovationRunner.run(global) { context in
            let store = try context.openStore(.readOnly)
            let session = try SessionsInput.existing(id, store: store, context)
            let codes = Dictionary(
                try store.agencies().map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
            let style = OutputStyle(context, output)
            let item = SessionItem(session, codes: codes)
            switch output.value {
            case .json: context.console.out(try JSONOutput.encode(item))
            case .csv: context.console.out(style.csv(header: SessionItem.header, rows: [item.fields]))
            case .table, .markdown:
                context.console.out(Self.details(session, item, style, markdown: output.value == .markdown))
            }
        }
    }

    /// Field and value, one a line.
    static func details(_ session: MentoringSession, _ item: SessionItem, _ style: OutputStyle, markdown: Bool)
        -> String
    {
        let language = style.language
        let time =
            DateText.time(session.startsAt, in: style.zone, language) + "–"
            + DateText.time(session.endsAt, in: style.zone, language)
        let rows: [(Localized, String)] = [
            (ColumnText.sessionTitle, session.title),
            (ColumnText.sessionDay, DateText.long(session.startsAt, in: style.zone, language)),
            (ColumnText.sessionTime, time + " " + DateText.zoneName(style.zone, at: session.startsAt)),
            (ColumnText.sessionMode, session.mode.label.text(language)),
            (ColumnText.sessionLocation, session.location), (SessionsText.fieldLink, session.meetingLink),
            (ColumnText.sessionSpeaker, "\(session.speakerName) (\(session.speakerInstitution))"),
            (SessionsText.fieldLabStage, item.labStage), (SessionsText.columnOPDs, item.opds.joined(separator: ", ")),
            (SessionsText.fieldInnovations, item.innovationIDs.map { "#\($0)" }.joined(separator: ", ")),
            (ColumnText.sessionStatus, session.status.label.text(language)),
            (SessionsText.fieldAttended, item.attended.joined(separator: ", ")),
            (SessionsText.fieldFollowUp, session.followUp), (SessionsText.fieldNotes, session.notes),
            (SessionsText.fieldUID, session.uid), (SessionsText.fieldSequence, String(session.sequence)),
        ]
        var table = TextTable(columns: [TextTable.Column(""), TextTable.Column("", maxWidth: 70)])
        for (label, value) in rows where !value.isEmpty { table.add([label.text(language), value]) }
        return style.titled("#\(session.id)", table, markdown: markdown)
    }
}
