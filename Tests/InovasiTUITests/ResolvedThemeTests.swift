import InovasiTUI
import Testing

@Suite("Resolved theme")
struct ResolvedThemeTests {
    @Test("True colour keeps the theme's rgb and attributes")
    func trueColor() {
        let resolved = ResolvedTheme(.builtIn, depth: .trueColor)
        #expect(
            resolved.style(.selection)
                == Style(foreground: .rgb(255, 255, 255), background: .rgb(0, 0x5F, 0xAF), attributes: .bold))
        #expect(resolved.style(.muted).background == .rgb(0x1C, 0x1C, 0x1C))
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
                == Style(foreground: .indexed(75), background: .indexed(234), attributes: .bold))
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
            for role in ThemeRole.allCases where role != .base && !Theme.builtIn[role].mono.isEmpty {
                #expect(resolved.style(role) != base, "\(role.rawValue) at \(depth)")
                #expect(resolved.style(role).foreground != resolved.style(role).background || role == .barEmpty)
            }
            #expect(resolved.style(.selection) != resolved.style(.selectionUnfocused))
        }
    }

    @Test("A key drawn on a status line that lost its colour follows the line's reverse")
    func layeredCompensation() {
        let resolved = ResolvedTheme(.builtIn, depth: .eight)
        #expect(resolved.style(.statusLine).attributes.contains(.reverse))
        #expect(resolved.style(.statusKey).attributes.contains(.reverse))
    }
}
