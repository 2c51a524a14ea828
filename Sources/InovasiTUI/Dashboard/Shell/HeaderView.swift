import InovasiCore

/// The top line: city, day and date with a live clock, user and role, the data file, badges.
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
        let clockX = max(x + 2, area.x + (area.width - clockWidth) / 2)
        canvas.put(clock, x: clockX, y: area.y, maxWidth: area.maxX - clockX, style: theme.style(.header))
        let rightRoom = area.maxX - (clockX + clockWidth + 2)
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

    static func badgeTexts(_ state: DashboardState) -> [String] {
        var badges: [String] = []
        if state.context.isDemo { badges.append(DashboardText.demoBadge.text(state.language)) }
        if state.context.isKiosk { badges.append(DashboardText.kioskBadge.text(state.language)) }
        if state.context.isReadOnly { badges.append(DashboardText.readOnlyBadge.text(state.language)) }
        return badges.map { " \($0) " }
    }
}
