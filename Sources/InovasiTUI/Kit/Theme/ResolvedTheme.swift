/// A theme fitted to what the terminal can show: the styles widgets draw with.
///
/// Colours are degraded to the ``ColorDepth`` (24-bit, nearest xterm-256, nearest of 16 or 8
/// ANSI colours, or none). Where degrading erases a role's difference from the role it is drawn
/// on, or makes its text the colour of its background, the role's mono attributes are added,
/// so meaning is never lost with the colour. With no colour, each role shows its mono attributes.
public struct ResolvedTheme: Hashable, Sendable {
    /// The theme before fitting; kept to show its name and to re-fit after a change of terminal.
    public let theme: Theme
    /// What the terminal can show; decides how colours degrade.
    public let depth: ColorDepth
    /// The block glyphs the terminal's font has; widgets with partial blocks fall back to halves.
    public let glyphs: GlyphRange
    private var styles: [ThemeRole: Style]

    /// Fits every role of `theme` to `depth` once, so drawing only looks styles up; `glyphs` says
    /// which block glyphs the widgets may draw.
    public init(_ theme: Theme, depth: ColorDepth, glyphs: GlyphRange = .unicode) {
        self.theme = theme
        self.depth = depth
        self.glyphs = glyphs
        var fitter = Fitter(theme: theme, depth: depth)
        var styles: [ThemeRole: Style] = [:]
        for role in ThemeRole.allCases { styles[role] = fitter.fit(role).style }
        self.styles = styles
    }

    /// The built-in theme at full colour, for tests and previews.
    public static let builtIn = ResolvedTheme(.builtIn, depth: .trueColor)

    /// How `role` looks on this terminal.
    public func style(_ role: ThemeRole) -> Style {
        styles[role] ?? .plain
    }

    /// This theme for content drawn on `ground` (a popup's body): `base` takes the ground's look,
    /// and every role that has no background of its own takes the ground's background.
    public func layered(on ground: ThemeRole) -> ResolvedTheme {
        var copy = self
        let groundStyle = style(ground)
        for role in ThemeRole.allCases where role.drawnOn == .base && theme[role].background == nil {
            copy.styles[role]?.background = groundStyle.background
        }
        copy.styles[.base] = groundStyle
        return copy
    }
}

extension ResolvedTheme {
    /// A role's colours before and after fitting, and the attributes added to make up for lost colour.
    struct Fitted {
        var foreground: RGBColor?
        var background: RGBColor?
        var style: Style
        var compensation: TextAttributes
    }

    /// Fits roles one by one, the role each is drawn on first.
    struct Fitter {
        let theme: Theme
        let depth: ColorDepth
        var done: [ThemeRole: Fitted] = [:]

        mutating func fit(_ role: ThemeRole) -> Fitted {
            if let known = done[role] { return known }
            let spec = theme[role]
            guard depth != .none else {
                return remember(role, Fitted(style: Style(attributes: spec.mono), compensation: []))
            }
            let parent = role.drawnOn.map { fit($0) }
            let foreground = spec.foreground ?? parent?.foreground
            let background = spec.background ?? parent?.background
            var style = Style(
                foreground: color(foreground), background: color(background), attributes: spec.attributes)
            var compensation: TextAttributes = []
            if let foreground, let background, foreground != background, style.foreground == style.background {
                style.foreground = ColorFitting.contrasting(background, depth: depth) ?? .default
                compensation.formUnion(spec.mono)
            }
            if let parent {
                let differs = foreground != parent.foreground || background != parent.background
                let looksSame =
                    shown(style.foreground) == shown(parent.style.foreground)
                    && shown(style.background) == shown(parent.style.background)
                if differs, looksSame { compensation.formUnion(spec.mono) }
                if background == parent.background { compensation.formUnion(parent.compensation) }
            }
            style.attributes.formUnion(compensation)
            let fitted = Fitted(
                foreground: foreground, background: background, style: style, compensation: compensation)
            return remember(role, fitted)
        }

        /// What the terminal shows for `color`: with 8 colours (the Linux console) grey 7 is the
        /// console's own text colour, so a grey on the terminal's default looks like the default.
        private func shown(_ color: TerminalColor) -> TerminalColor {
            depth == .eight && color == .indexed(7) ? .default : color
        }

        private func color(_ rgb: RGBColor?) -> TerminalColor {
            rgb.flatMap { ColorFitting.fit($0, to: depth) } ?? .default
        }

        private mutating func remember(_ role: ThemeRole, _ fitted: Fitted) -> Fitted {
            done[role] = fitted
            return fitted
        }
    }
}
