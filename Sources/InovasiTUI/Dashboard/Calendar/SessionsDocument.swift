import InovasiCore

/// The mentoring sessions of one day: the institution tag and title, time in the display zone,
/// place, mode, narasumber, served OPDs and innovations, notes.
enum SessionsDocument {
    static func lines(_ detail: SessionDayDetail, state: DashboardState, width: Int) -> [DocLine] {
        let language = state.language
        let zone = state.context.timeZone
        var doc = DocBuilder(width: width)
        for session in detail.sessions {
            if !doc.lines.isEmpty { doc.blank() }
            let institution = Institution(classifying: session.speakerInstitution)
            let tag = Institution.tag(of: session.speakerInstitution, language)
            doc.line(
                [DocSpan(tag + " ", .institution(institution)), DocSpan(session.title, .heading)],
                item: .session(session.id))
            let zoneName = DateText.zoneName(zone, at: session.startsAt)
            let time =
                DateText.time(session.startsAt, in: zone, language) + "–"
                + DateText.time(session.endsAt, in: zone, language) + " " + zoneName
            doc.field(LabelText.time.text(language), time)
            doc.field(
                LabelText.status.text(language), session.status.label.text(language),
                session.status == .cancelled ? .warning : .normal)
            doc.field(LabelText.place.text(language), session.location)
            doc.field(LabelText.mode.text(language), session.mode.label.text(language))
            doc.field(LabelText.speaker.text(language), "\(session.speakerName) — \(session.speakerInstitution)")
            let agencies = session.agencyIDs.compactMap { detail.agencyNames[$0] }
            doc.field(
                LabelText.servedAgencies.text(language), agencies.isEmpty ? "—" : agencies.joined(separator: ", "))
            let innovations = session.innovationIDs.compactMap { detail.innovationTitles[$0] }
            doc.field(
                LabelText.servedInnovations.text(language),
                innovations.isEmpty ? "—" : innovations.joined(separator: ", ")
            )
            if !session.notes.isEmpty { doc.field(LabelText.notes.text(language), session.notes) }
        }
        return doc.lines
    }
}
