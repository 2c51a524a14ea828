import Foundation
import InovasiCore

/// The kiosk's frame: a header with the city and the clock (no user, no file), the wall page, the
/// status line for "data as of" and file warnings, and on the last row a thin bar that fills up
/// until the next page comes. No selection bar, no key hints.
enum KioskView {
    /// The frame of the page the kiosk shows now.
    static func render(_ state: DashboardState, into canvas: inout Canvas, theme: ResolvedTheme) {
        let size = state.size
        header(state, area: Rect(x: 0, y: 0, width: size.width, height: 1), into: &canvas, theme: theme)
        let body = bodyArea(size)
        switch state.kiosk.page(in: state.context.kiosk.pages) {
        case .city: CityPageView.render(state, area: body, into: &canvas, theme: theme)
        case .opd: AgencyPageView.render(state, area: body, into: &canvas, theme: theme)
        case .calendar: AgendaPageView.render(state, area: body, into: &canvas, theme: theme)
        case .queue: QueuePageView.render(state, area: body, into: &canvas, theme: theme)
        }
        statusRow(
            state, area: Rect(x: 0, y: size.height - 2, width: size.width, height: 1), into: &canvas, theme: theme)
        nextPageBar(
            state, area: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &canvas, theme: theme)
    }

    /// ``KioskStatusLine`` on the right ("data per 10.42", or the warning when the store cannot be
    /// read or its file was replaced, in the error style); a message (a configuration reload) on the left.
    static func statusRow(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        canvas.fill(area, style: theme.style(.statusLine))
        var right = area.maxX
        if let line = KioskStatusLine.text(state) {
            let text = " " + line.text + " "
            let width = min(DisplayWidth.of(text), area.width)
            right = area.maxX - width
            let style = line.isWarning ? theme.style(.error).adding(.bold) : theme.style(.statusLine)
            canvas.put(text, x: right, y: area.y, maxWidth: width, style: style)
        }
        if let flash = state.flash, right - area.x > 4 {
            let style = theme.style(flash.isError ? .error : .flash)
            canvas.put(
                " " + flash.text(state.language), x: area.x, y: area.y, maxWidth: right - area.x - 1, style: style)
        }
    }

    /// Everything between the header and the two bottom rows.
    static func bodyArea(_ size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 3))
    }

    /// The city and app name, the date and time, the badges; never who runs it or where the file is.
    static func header(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        let language = state.language
        let zone = state.context.timeZone
        let style = theme.style(.header)
        canvas.fill(area, style: style)
        let title = " \(state.context.cityName) · \(DashboardText.appTitle.text(language))"
        let used = canvas.put(title, x: area.x, y: area.y, maxWidth: area.width, style: style.adding(.bold))
        let badges = HeaderView.badgeTexts(state).filter { $0 != " \(DashboardText.readOnlyBadge.text(language)) " }
        let badgeWidth = badges.reduce(0) { $0 + DisplayWidth.of($1) + 1 }
        var right = area.maxX - badgeWidth
        for badge in badges {
            right += canvas.put(badge, x: right, y: area.y, style: theme.style(.headerBadge)) + 1
        }
        let roomy = area.width >= 120
        let date = roomy ? DateText.long(state.now, in: zone, language) : DateText.medium(state.now, in: zone, language)
        let clock =
            date + "  " + DateText.time(state.now, in: zone, language) + " " + DateText.zoneName(zone, at: state.now)
        let clockWidth = DisplayWidth.of(clock)
        let room = area.maxX - badgeWidth - used - 4
        guard room >= clockWidth else { return }
        let x = max(
            area.x + used + 2, min(area.x + (area.width - clockWidth) / 2, area.maxX - badgeWidth - clockWidth - 2))
        canvas.put(clock, x: x, y: area.y, style: style.adding(.bold))
    }

    /// A line of `▄` growing from the left as the page's time passes; full just before it turns.
    /// `█` on the Linux console, whose fonts mostly lack the lower half block.
    static func nextPageBar(_ state: DashboardState, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme) {
        canvas.fill(area, style: theme.style(.base))
        guard let since = state.kioskViewSince else { return }
        let interval = Double(max(1, state.context.kioskInterval))
        let share = min(1, max(0, state.now.timeIntervalSince(since) / interval))
        let filled = Int((share * Double(area.width)).rounded(.down))
        guard filled > 0 else { return }
        canvas.fill(
            Rect(x: area.x, y: area.y, width: filled, height: 1), grapheme: theme.glyphs == .console ? "█" : "▄",
            style: theme.style(.bar))
    }

    /// A page's title row: its name in bold and, for a paged list, which screenful this is.
    static func title(
        _ text: String, detail: String?, area: Rect, into canvas: inout Canvas, theme: ResolvedTheme
    ) {
        let style = theme.style(.paneTitleFocused).adding(.bold)
        var x = area.x + 1
        x += canvas.put(text, x: x, y: area.y, maxWidth: area.width - 2, style: style)
        if let detail, x + 3 < area.maxX {
            canvas.put(" · " + detail, x: x, y: area.y, maxWidth: area.maxX - x - 1, style: theme.style(.base))
        }
    }
}
