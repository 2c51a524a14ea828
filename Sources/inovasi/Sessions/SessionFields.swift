import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore

/// The fields of `sessions add` and `sessions edit`; every one optional here, `add` checks which it
/// needs. Times are typed in the configured zone and stored in UTC.
struct SessionFields: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(SessionsText.titleHelp.current, valueName: "text"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp(SessionsText.dateHelp.current, valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(SessionsText.startHelp.current, valueName: "HH:MM"))
    var start: String?

    @Option(name: .long, help: ArgumentHelp(SessionsText.endHelp.current, valueName: "HH:MM"))
    var end: String?

    @Option(name: .long, help: ArgumentHelp(SessionsText.placeHelp.current, valueName: "text"))
    var place: String?

    @Option(name: .long, help: ArgumentHelp(SessionsText.modeHelp.current, valueName: "mode"))
    var mode: String?

    @Option(name: .long, help: ArgumentHelp(SessionsText.linkHelp.current, valueName: "url"))
    var link: String?

    @Option(name: .long, help: ArgumentHelp(SessionsText.speakerHelp.current, valueName: "name"))
    var speaker: String?

    @Option(name: .long, help: ArgumentHelp(SessionsText.institutionHelp.current, valueName: "name"))
    var institution: String?

    @Option(name: .long, help: ArgumentHelp(SessionsText.labStageHelp.current, valueName: "stage"))
    var labStage: String?

    @Option(name: .long, help: ArgumentHelp(SessionsText.opdHelp.current, valueName: "opd"))
    var opd: [String] = []

    @Option(name: .long, help: ArgumentHelp(SessionsText.innovationHelp.current, valueName: "id"))
    var innovation: [String] = []

    @Option(name: .long, help: ArgumentHelp(SessionsText.notesHelp.current, valueName: "text"))
    var notes: String?

    /// `base` with every given field applied; the day and times stay the base's where not given
    /// (an edit may move only the end). OPD and innovation lists replace the base's when given.
    func applied(to base: MentoringSession, store: Store, _ context: CommandContext) throws -> MentoringSession {
        var session = base
        if let title { session.title = title }
        if let place { session.location = place }
        if let mode { session.mode = try SessionsInput.mode(mode) }
        if let link { session.meetingLink = link }
        if let speaker { session.speakerName = speaker }
        if let institution { session.speakerInstitution = institution }
        if let labStage { session.labStage = try SessionsInput.labStage(labStage) }
        if let notes { session.notes = notes }
        let zone = context.zone
        let day = try date.map(SessionsInput.day) ?? CalendarDay(containing: base.startsAt, in: zone)
        let first = try SessionsInput.minute(start, field: "--start") ?? SessionsInput.minute(of: base.startsAt, zone)
        let last = try SessionsInput.minute(end, field: "--end") ?? SessionsInput.minute(of: base.endsAt, zone)
        session.startsAt = SessionRule.instant(day, minute: first, in: zone)
        session.endsAt = SessionRule.instant(day, minute: last, in: zone)
        if !opd.isEmpty {
            session.agencyIDs = try opd.map { try OpdInput.agency($0, option: "--opd", in: store, context).id }
        }
        if !innovation.isEmpty {
            session.innovationIDs = try innovation.map { text in
                guard let id = Int64(text), id > 0 else { throw InputRefusal(SessionsText.badInnovation(text)) }
                return id
            }
        }
        return session
    }
}
