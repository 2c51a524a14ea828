import Foundation
import InovasiCore
import InovasiTUI
import Testing

@Suite("Theme parsing")
struct ThemeParsingTests {
    @Test("Own format: colours, attributes as list or string, mono override")
    func ownFormat() throws {
        let yaml = """
            name: Uji
            roles:
              base: { fg: "#102030", bg: "#ffffff" }
              selection: { fg: "#000000", bg: "#ffff00", attrs: [bold, underline], mono: reverse }
              overdue: { fg: "#ff0000", attrs: "bold, italic" }
            """
        let theme = try Theme.parse(yaml: yaml, file: "uji.yaml")
        #expect(theme.name == "Uji")
        #expect(theme[.base].foreground == RGBColor(red: 0x10, green: 0x20, blue: 0x30))
        #expect(theme[.selection].attributes == [.bold, .underline])
        #expect(theme[.selection].mono == [.reverse])
        #expect(theme[.overdue].attributes == [.bold, .italic])
        #expect(theme[.overdue].mono == ThemeRole.overdue.defaultMono)
    }

    @Test("Roles left out come from the built-in theme and are reported")
    func missingRoles() throws {
        let theme = try Theme.parse(
            yaml: "roles:\n  muted: { fg: \"#777777\" }\n", file: "kecil.yaml", defaultName: "kecil")
        #expect(theme.name == "kecil")
        #expect(theme[.muted].foreground == RGBColor(0x777777))
        #expect(theme[.selection] == Theme.builtIn[.selection])
        #expect(theme.missingRoles.count == ThemeRole.allCases.count - 1)
        #expect(!theme.missingRoles.contains(.muted))
    }

    @Test("An unquoted colour is an error naming file, key and line, with a hint to quote")
    func unquotedColor() throws {
        let yaml = "name: Rusak\nroles:\n  base:\n    fg: #d0d0d0\n"
        let error = try #require(throws: ThemeError.self) { try Theme.parse(yaml: yaml, file: "rusak.yaml") }
        #expect(error.file == "rusak.yaml")
        #expect(error.key == "roles.base.fg")
        #expect(error.line == 4)
        #expect(error.reason == .invalidColor(""))
        #expect(error.message.id.contains("rusak.yaml") && error.message.id.contains("roles.base.fg"))
        #expect(error.message.id.contains("tanda kutip"))
        #expect(error.message.en.contains("in quotes"))
    }

    @Test("A malformed colour, an unknown role, field or attribute are errors naming the key")
    func badValues() throws {
        let cases: [(String, String, ThemeError.Reason)] = [
            ("roles:\n  base: { fg: \"#12345\" }\n", "roles.base.fg", .invalidColor("#12345")),
            ("roles:\n  bsae: { fg: \"#123456\" }\n", "roles.bsae", .unknownKey),
            ("roles:\n  base: { colour: \"#123456\" }\n", "roles.base.colour", .unknownKey),
            ("roles:\n  base: { attrs: [bold, blink] }\n", "roles.base.attrs", .unknownAttribute("blink")),
            ("roles:\n  base: \"#123456\"\n", "roles.base", .notAMapping),
            ("roles: {}\ncolours: {}\n", "colours", .unknownKey),
            ("name: tanpa peran\n", "roles", .missingKey),
        ]
        for (yaml, key, reason) in cases {
            let error = try #require(throws: ThemeError.self) { try Theme.parse(yaml: yaml, file: "t.yaml") }
            #expect(error.key == key)
            #expect(error.reason == reason)
        }
    }

    @Test("Broken YAML is an error with the parser's line")
    func brokenYAML() throws {
        let error = try #require(throws: ThemeError.self) {
            try Theme.parse(yaml: "name: x\nroles:\n  base: { fg: \"#000000\"\n", file: "patah.yaml")
        }
        guard case .invalidYAML = error.reason else {
            Issue.record("expected invalid YAML, got \(error.reason)")
            return
        }
        #expect(error.line != nil)
        #expect(error.message.en.hasPrefix("Theme patah.yaml"))
        #expect(error.fallbackMessage.id.hasSuffix("Tema bawaan dipakai."))
    }

    @Test("A key written twice is named in the reader's language, not in the YAML parser's English")
    func duplicateKey() throws {
        let error = try #require(throws: ThemeError.self) {
            try Theme.parse(yaml: "name: x\nname: y\nroles: {}\n", file: "ganda.yaml")
        }
        #expect(error.message.id == "Tema ganda.yaml: kunci name tertulis dua kali")
        #expect(error.message.en == "Theme ganda.yaml: key name is written twice")
    }

    @Test("A YAML document that is not a mapping is refused")
    func notAMapping() throws {
        let error = try #require(throws: ThemeError.self) { try Theme.parse(yaml: "- a\n- b\n", file: "daftar.yaml") }
        #expect(error.reason == .notAMapping)
        #expect(error.key == nil)
    }

    @Test("A classic base16 scheme maps onto every role")
    func base16Classic() throws {
        var yaml = "scheme: \"Uji 16\"\nauthor: \"penguji\"\n"
        for (index, key) in Base16Scheme.keys.enumerated() {
            yaml += "\(key): \"\(String(repeating: String(index, radix: 16), count: 6))\"\n"
        }
        let theme = try Theme.parse(yaml: yaml, file: "uji16.yaml")
        #expect(theme.name == "Uji 16")
        #expect(theme.missingRoles.isEmpty)
        #expect(theme[.base].foreground == RGBColor(0x555555))
        #expect(theme[.base].background == RGBColor(0x000000))
        #expect(theme[.selection].background == RGBColor(0x222222))
        #expect(theme[.error].foreground == RGBColor(0x888888))
        #expect(theme[.paneBorderFocused].foreground == RGBColor(0xDDDDDD))
        #expect(theme[.selection].mono == [.reverse])
    }

    @Test("A palette-style base16 scheme is read too, and a missing colour names its key")
    func base16Palette() throws {
        var yaml = "system: base16\nname: Palet\npalette:\n"
        for key in Base16Scheme.keys { yaml += "  \(key): \"#0a0b0c\"\n" }
        #expect(try Theme.parse(yaml: yaml, file: "p.yaml").name == "Palet")
        let broken = yaml.replacingOccurrences(of: "  base0C: \"#0a0b0c\"\n", with: "")
        let error = try #require(throws: ThemeError.self) { try Theme.parse(yaml: broken, file: "p.yaml") }
        #expect(error.key == "palette.base0C")
        #expect(error.reason == .missingKey)
    }

    @Test("Colours parse only as six hex digits and print back as #rrggbb")
    func rgbColor() {
        #expect(RGBColor(hex: "#0A0b0C") == RGBColor(red: 10, green: 11, blue: 12))
        #expect(RGBColor(hex: "0a0b0c")?.hex == "#0a0b0c")
        #expect(RGBColor(hex: "#abc") == nil)
        #expect(RGBColor(hex: "#gggggg") == nil)
        #expect(RGBColor(hex: "#+12345") == nil)
    }
}
