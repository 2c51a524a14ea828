import InovasiCore

/// What the session form shows beyond its fields: its title, the zone times are typed in, and the
/// warnings of the values as they stand (days off, the Friday prayer, clashes with loaded sessions),
/// so they are seen before saving.
enum SessionFormView {
    /// "Sesi pendampingan baru" or "Ubah sesi #41 …".
    static func title(_ form: SessionForm) -> Localized {
        form.original.map { SessionFormText.editTitle($0.id, $0.title) } ?? SessionFormText.newTitle
    }

    /// The zone line, then one line per warning.
    static func footer(_ form: SessionForm, state: DashboardState) -> [FormLine] {
        let language = state.language
        let zone = state.context.timeZone
        var lines = [
            FormLine(
                "\(SessionFormText.zoneNote.text(language)) \(DateText.zoneName(zone, at: state.now))", role: .muted)
        ]
        guard let session = form.session(zone: zone), session.endsAt > session.startsAt else { return lines }
        let checking = SessionForm.Checking(
            zone: zone, now: state.now, holidays: state.context.holidays, loaded: state.calendar.sessions)
        let found = form.warnings(for: session, checking)
        lines += (found.warnings + found.clashes).map { FormLine("⚠ \($0.text(language))", role: .warning) }
        return lines
    }
}
