import InovasiCore

/// The top line: city, day and date with a live clock, today's next session with a countdown, user and
/// role, the data file, badges.
enum HeaderView {
    static func render(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        let language = state.language
        let zone = state.context.timeZone
        canvas.fill(area, style: theme.style(.header))
        let time = DateText.time(state.now, in: zone, language) + " " + DateText.zoneName(zone, at: state.now)
        let roomy = area.width >= 120
        let title = " \(state.context.cityName)" + (roomy ? " · " + DashboardText.appTitle.text(language) : "")
        let date = roomy ? DateText.long(state.now, in: zone, language) : DateText.medium(state.now, in: zone, language)
        let clock = date + "  " + time
        let role = Role.label(state.context.role).text(language)
        let badges = badgeTexts(state)
        let badgeWidth = badges.reduce(0) { $0 + DisplayWidth.of($1) + 1 }
        let user = "\(state.context.userName) (\(role))"
        var x = area.x
        x += canvas.put(title, x: x, y: area.y, maxWidth: area.width, style: theme.style(.header).adding(.bold))
        let clockWidth = DisplayWidth.of(clock)
        let next = nextSession(state, room: roomy ? .max : 0)
        // On a narrow screen with a session coming the clock moves left to leave room for the countdown.
        let centered = next == nil || roomy
        let clockX = centered ? max(x + 2, area.x + (area.width - clockWidth) / 2) : x + 1
        canvas.put(clock, x: clockX, y: area.y, maxWidth: area.maxX - clockX, style: theme.style(.header))
        var clockEnd = clockX + clockWidth
        if let next {
            let style = theme.style(next.soon ? .warning : .header).adding(next.soon ? .bold : [])
            clockEnd +=
                2 + canvas.put(next.text, x: clockEnd + 2, y: area.y, maxWidth: area.maxX - clockEnd - 2, style: style)
        }
        let rightRoom = area.maxX - (clockEnd + 2)
        if state.context.isKiosk {
            kioskRight(state, area: area, room: rightRoom, badges: badges, into: &canvas, theme: theme)
            return
        }
        let pathRoom = rightRoom - DisplayWidth.of(user) - 3 - badgeWidth
        var right = user
        if pathRoom > 8 { right += " · " + TextLayout.truncateLeading(state.context.dataPath, toWidth: pathRoom) }
        let rightWidth = min(DisplayWidth.of(right), max(0, rightRoom - badgeWidth))
        var rightX = area.maxX - badgeWidth - rightWidth - 1
        canvas.put(right, x: rightX, y: area.y, maxWidth: rightWidth, style: theme.style(.header))
        rightX += rightWidth + 1
        for badge in badges {
            rightX += canvas.put(badge, x: rightX, y: area.y, style: theme.style(.headerBadge)) + 1
        }
    }

    /// The kiosk's right side: ``KioskStatusLine`` (never the user or the file's path), then badges;
    /// where both do not fit, the read-only badge goes (a kiosk is always read-only).
    static func kioskRight(
        _ state: DashboardState, area: Rect, room: Int, badges all: [String], into canvas: inout Canvas,
        theme: ResolvedTheme
    ) {
        let line = KioskStatusLine.text(state)
        let text = line?.text ?? ""
        var badges = all
        let readOnly = " \(DashboardText.readOnlyBadge.text(state.language)) "
        if DisplayWidth.of(text) + badges.reduce(0, { $0 + DisplayWidth.of($1) + 1 }) + 1 > room {
            badges.removeAll { $0 == readOnly }
        }
        let badgeWidth = badges.reduce(0) { $0 + DisplayWidth.of($1) + 1 }
        let width = min(DisplayWidth.of(text), max(0, room - badgeWidth))
        var x = area.maxX - badgeWidth - width - 1
        let style = line?.isWarning == true ? theme.style(.error).adding(.bold) : theme.style(.header)
        canvas.put(text, x: x, y: area.y, maxWidth: width, style: style)
        x += width + 1
        for badge in badges {
            x += canvas.put(badge, x: x, y: area.y, style: theme.style(.headerBadge)) + 1
        }
    }

    /// "berikutnya 13.30 · 25 mnt": today's next session and the minutes until it starts; `soon`
    /// (and a leading `!`) when that is 15 minutes or less; "→ 13.30 · 25 mnt" when `room` is short.
    static func nextSession(_ state: DashboardState, room: Int = .max) -> (text: String, soon: Bool)? {
        let zone = state.context.timeZone
        let read = state.calendar.nextToday.map { [$0] } ?? []
        guard let session = SessionMarks.nextToday(read, now: state.now, zone: zone) else { return nil }
        let language = state.language
        let minutes = Int((session.startsAt.timeIntervalSince(state.now) / 60).rounded(.up))
        let soon = SessionMarks.startsSoon(session, now: state.now)
        let time = DateText.time(session.startsAt, in: zone, language)
        let lead: String = soon ? "! " : ""
        let short = "\(time) · \(minutes) \(CalendarText.minutes.text(language))"
        let text = lead + "\(CalendarText.next.text(language)) " + short
        return (DisplayWidth.of(text) <= room ? text : lead + "→ " + short, soon)
    }

    static func badgeTexts(_ state: DashboardState) -> [String] {
        var badges: [String] = []
        if state.context.isDemo { badges.append(DashboardText.demoBadge.text(state.language)) }
        if state.context.isKiosk { badges.append(DashboardText.kioskBadge.text(state.language)) }
        if state.context.isReadOnly { badges.append(DashboardText.readOnlyBadge.text(state.language)) }
        return badges.map { " \($0) " }
    }
}
