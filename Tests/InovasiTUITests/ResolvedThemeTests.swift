import InovasiTUI
import Testing

@Suite("Resolved theme")
struct ResolvedThemeTests {
    @Test("True colour keeps the theme's rgb and attributes")
    func trueColor() {
        let resolved = ResolvedTheme(.builtIn, depth: .trueColor)
        #expect(
            resolved.style(.selection)
                == Style(foreground: .rgb(255, 255, 255), background: .rgb(0, 0x5F, 0xAF)))
        #expect(resolved.style(.muted).background == .default)
    }

    @Test("Roles inherit missing colours from the role they are drawn on")
    func inheritance() throws {
        let theme = try Theme.parse(
            yaml: """
                roles:
                  base: { fg: "#101010", bg: "#fafafa" }
                  statusLine: { fg: "#202020", bg: "#d0d0d0" }
                  statusKey: { fg: "#0000ff" }
                  muted: { fg: "#777777" }
                """, file: "t.yaml")
        let resolved = ResolvedTheme(theme, depth: .trueColor)
        #expect(resolved.style(.statusKey).background == .rgb(0xD0, 0xD0, 0xD0))
        #expect(resolved.style(.muted).background == .rgb(0xFA, 0xFA, 0xFA))
    }

    @Test("256 colours use the nearest xterm index")
    func palette256() {
        let resolved = ResolvedTheme(.builtIn, depth: .palette256)
        #expect(
            resolved.style(.paneBorderFocused)
                == Style(foreground: .indexed(32), background: .default))
    }

    @Test("Without colour every role shows only its mono attributes")
    func monochrome() {
        let resolved = ResolvedTheme(.builtIn, depth: .none)
        for role in ThemeRole.allCases {
            #expect(resolved.style(role) == Style(attributes: Theme.builtIn[role].mono))
        }
        #expect(resolved.style(.selection).attributes.contains(.reverse))
        #expect(resolved.style(.paneBorderFocused).attributes.contains(.bold))
        #expect(resolved.style(.overdue).attributes == [.bold, .underline])
    }

    @Test("Eight colours: a selection whose colour collapses onto the base is kept visible by reverse")
    func eightColorSelection() throws {
        let theme = try Theme.parse(
            yaml: """
                roles:
                  base: { fg: "#d0d0d0", bg: "#1c1c1c" }
                  selection: { fg: "#ffffff", bg: "#303030" }
                """, file: "t.yaml")
        let eight = ResolvedTheme(theme, depth: .eight)
        #expect(eight.style(.selection).attributes.contains(.reverse))
        #expect(eight.style(.selection) != eight.style(.base))
        let full = ResolvedTheme(theme, depth: .trueColor)
        #expect(!full.style(.selection).attributes.contains(.reverse))
    }

    @Test("Eight colours: text that would vanish into its background gets a contrasting colour")
    func eightColorContrast() throws {
        let theme = try Theme.parse(
            yaml: """
                roles:
                  base: { fg: "#d0d0d0", bg: "#1c1c1c" }
                  muted: { fg: "#404040" }
                """, file: "t.yaml")
        let muted = ResolvedTheme(theme, depth: .eight).style(.muted)
        #expect(muted.foreground != muted.background)
        #expect(muted.attributes.contains(.dim))
    }

    @Test("The built-in theme keeps every meaningful role distinct at 8 and 16 colours")
    func builtInDistinct() {
        for depth in [ColorDepth.eight, .sixteen] {
            let resolved = ResolvedTheme(.builtIn, depth: depth)
            let base = resolved.style(.base)
            for role in ThemeRole.allCases where !Self.plainRoles.contains(role) && !Theme.builtIn[role].mono.isEmpty {
                #expect(resolved.style(role) != base, "\(role.rawValue) at \(depth)")
                let style = resolved.style(role)
                #expect(style.foreground != style.background || role == .barEmpty || style.foreground == .default)
            }
            #expect(resolved.style(.selection) != resolved.style(.selectionUnfocused))
        }
    }

    /// The built-in theme's roles drawn in the terminal's own colours (issue 14: a colour change
    /// costs half as much on the terminal's background); the header and the status line are told
    /// by their place, and show reverse only without colour.
    static let plainRoles: Set<ThemeRole> = [
        .base, .paneBorder, .paneTitle, .header, .statusLine, .stageInitiative, .stageTrial,
        .stageImplementation, .statusSubmitted, .statusInReview, .sessionOther, .tabInactive,
        // The gauges' blocks tell filled from empty (DECISIONS.md, "The last bytes").
        .bar, .barEmpty,
    ]

    @Test("Plain text, borders, the header and the status line take the terminal's own colours at every depth")
    func plainRolesUseTheTerminalsColours() {
        for depth in [ColorDepth.eight, .sixteen, .palette256, .trueColor] {
            let resolved = ResolvedTheme(.builtIn, depth: depth)
            for role in Self.plainRoles {
                #expect(resolved.style(role) == .plain, "\(role.rawValue) at \(depth)")
            }
            #expect(resolved.style(.totalsRow) == Style(attributes: .bold))
        }
        #expect(ResolvedTheme(.builtIn, depth: .none).style(.statusLine).attributes.contains(.reverse))
    }

    @Test("Only titles are bold: not the selection bar, the focused border, the status keys or the marks")
    func boldOnlyInTitles() {
        let resolved = ResolvedTheme(.builtIn, depth: .palette256)
        for role: ThemeRole in [
            .selection, .calendarSelected, .paneBorderFocused, .statusKey, .flash, .overdue, .calendarEvent,
            .sessionLAN, .statusApproved,
        ] {
            #expect(!resolved.style(role).attributes.contains(.bold), "\(role.rawValue)")
        }
        #expect(resolved.style(.paneTitleFocused).attributes.contains(.bold))
        #expect(resolved.style(.tableHeader).attributes.contains(.bold))
    }

    @Test("Eight colours: a grey on the terminal's own colours is grey 7, the console's text, so it is dimmed")
    func eightColorGreyOnDefault() {
        let resolved = ResolvedTheme(.builtIn, depth: .eight)
        #expect(resolved.style(.muted).attributes.contains(.dim))
        #expect(!ResolvedTheme(.builtIn, depth: .sixteen).style(.muted).attributes.contains(.dim))
    }

    @Test("A key drawn on a status line that lost its colour follows the line's reverse")
    func layeredCompensation() throws {
        let theme = try Theme.parse(
            yaml: """
                roles:
                  base: { fg: "#d0d0d0", bg: "#1c1c1c" }
                  statusLine: { fg: "#bcbcbc", bg: "#303030" }
                  statusKey: { fg: "#ffd75f", bg: "#303030", attrs: [bold] }
                """, file: "t.yaml")
        let resolved = ResolvedTheme(theme, depth: .eight)
        #expect(resolved.style(.statusLine).attributes.contains(.reverse))
        #expect(resolved.style(.statusKey).attributes.contains(.reverse))
    }
}
