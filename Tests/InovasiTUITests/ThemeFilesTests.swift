import Foundation
import InovasiTUI
import Testing

@Suite("Shipped theme files")
struct ThemeFilesTests {
    static let files: [URL] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: PackagePaths.themes.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { PackagePaths.themes.appendingPathComponent($0) }
    }()

    @Test("The expected themes are shipped")
    func shipped() {
        let names = Set(Self.files.map { $0.deletingPathExtension().lastPathComponent })
        #expect(
            names.isSuperset(of: [
                "default", "light", "high-contrast", "monochrome", "colorblind", "base16-selat-sunda",
            ]))
    }

    @Test("Every file in Themes/ parses and defines every role", arguments: files)
    func parsesCompletely(_ file: URL) throws {
        let theme = try Theme.load(from: file)
        #expect(theme.missingRoles.isEmpty, "\(file.lastPathComponent) misses \(theme.missingRoles.sorted())")
        #expect(!theme.name.isEmpty)
    }

    @Test("default.yaml is the built-in theme")
    func defaultIsBuiltIn() throws {
        let theme = try Theme.load(from: PackagePaths.themes.appendingPathComponent("default.yaml"))
        for role in ThemeRole.allCases {
            #expect(theme[role] == Theme.builtIn[role], "role \(role.rawValue)")
        }
        #expect(theme == Theme.builtIn)
    }

    @Test("The monochrome theme uses no colour and keeps selection reversed")
    func monochrome() throws {
        let theme = try Theme.load(from: PackagePaths.themes.appendingPathComponent("monochrome.yaml"))
        for role in ThemeRole.allCases {
            #expect(theme[role].foreground == nil && theme[role].background == nil)
        }
        #expect(ResolvedTheme(theme, depth: .trueColor).style(.selection).attributes.contains(.reverse))
    }

    @Test("The colour-blind theme uses only Okabe–Ito colours for status and stage roles")
    func okabeIto() throws {
        let theme = try Theme.load(from: PackagePaths.themes.appendingPathComponent("colorblind.yaml"))
        let okabeIto: Set<String> = ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"]
        let roles: [ThemeRole] = [
            .stageInitiative, .stageTrial, .stageImplementation, .statusSubmitted, .statusInReview,
            .statusRevision, .statusApproved, .statusRejected, .overdue, .ok, .warning, .error,
        ]
        for role in roles {
            let hex = try #require(theme[role].foreground?.hex)
            #expect(okabeIto.contains(hex), "\(role.rawValue) uses \(hex)")
        }
    }

    static let institutionRoles: [ThemeRole] = [.sessionLAN, .sessionPAN, .sessionBRIN, .sessionDAGRI, .sessionOther]

    @Test(
        "Every theme file gives the institution tags their roles, apart from each other at 8 colours", arguments: files)
    func institutionRoles(_ file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        if text.contains("roles:") {
            for role in Self.institutionRoles {
                #expect(text.contains("  \(role.rawValue):"), "\(file.lastPathComponent) lacks \(role.rawValue)")
            }
        }
        let theme = try Theme.load(from: file)
        guard theme[.sessionLAN].foreground != nil else { return }
        for depth in [ColorDepth.eight, .palette256] {
            let resolved = ResolvedTheme(theme, depth: depth)
            let styles = Self.institutionRoles.map { resolved.style($0) }
            #expect(Set(styles).count == styles.count, "\(file.lastPathComponent) at \(depth): \(styles)")
        }
    }
}
