import InovasiCore

/// The bottom line: key hints for the focused pane ("q Keluar  ? Bantuan") and a flash message.
///
/// The flash is kept whole at the right when it fits; hints fill the room left, whole or not
/// at all, in the order given (put the most useful first).
public struct StatusLine: Widget {
    /// A key and what it does, both as shown.
    public struct Hint: Hashable, Sendable {
        /// The key as printed, such as "q" or "Enter".
        public var key: String
        /// What the key does, in the user's language.
        public var label: String

        /// A hint for `key`.
        public init(key: String, label: String) {
            self.key = key
            self.label = label
        }
    }

    /// A short message after an action, in `flash` (or `warning`, `error`) role.
    public struct Flash: Hashable, Sendable {
        /// The message, in the user's language.
        public var text: String
        /// Its look: `flash`, `warning` or `error`.
        public var role: ThemeRole

        /// A flash message; informational by default.
        public init(_ text: String, role: ThemeRole = .flash) {
            self.text = text
            self.role = role
        }
    }

    /// Key hints, most useful first; those that do not fit are left out.
    public var hints: [Hint]
    /// The current flash message, if any.
    public var flash: Flash?

    /// A status line with `hints` and an optional `flash`.
    public init(hints: [Hint], flash: Flash? = nil) {
        self.hints = hints
        self.flash = flash
    }

    /// Draws the widget; see the type's documentation.
    public func render(into canvas: inout Canvas, area: Rect, theme: ResolvedTheme) {
        let area = area.clipped(to: canvas.bounds)
        guard !area.isEmpty else { return }
        let lineStyle = theme.style(.statusLine)
        canvas.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: lineStyle)
        var hintsEnd = area.maxX - 1
        if let flash, !flash.text.isEmpty {
            let text = TextLayout.truncate(flash.text, toWidth: max(0, area.width - 2))
            let width = DisplayWidth.of(text)
            let x = area.maxX - 1 - width
            canvas.put(text, x: x, y: area.y, maxWidth: width, style: theme.style(flash.role))
            hintsEnd = x - 2
        }
        var x = area.x + 1
        for hint in hints {
            let keyWidth = DisplayWidth.of(Sanitizer.clean(hint.key))
            let labelWidth = DisplayWidth.of(Sanitizer.clean(hint.label))
            guard x + keyWidth + 1 + labelWidth <= hintsEnd else { break }
            x += canvas.put(hint.key, x: x, y: area.y, style: theme.style(.statusKey)) + 1
            x += canvas.put(hint.label, x: x, y: area.y, style: lineStyle) + 2
        }
    }
}
