import Foundation
import InovasiTUI
import Testing

@Suite("Theme catalog")
struct ThemeCatalogTests {
    let valid = "name: \"%@\"\nroles:\n  base: { fg: \"#111111\", bg: \"#eeeeee\" }\n"

    private func write(_ text: String, to folder: URL, as name: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test("Standard folders follow DESIGN §7 order")
    func standardFolders() {
        let folders = ThemeCatalog.standardFolders(
            environment: ["XDG_CONFIG_HOME": "/xdg", "HOME": "/home/u"], currentDirectory: URL(fileURLWithPath: "/work")
        )
        #expect(
            folders.map(\.path) == [
                "/xdg/inovasi/themes", "/usr/local/share/inovasi/themes", "/usr/share/inovasi/themes", "/work/Themes",
            ])
        let fallback = ThemeCatalog.standardFolders(
            environment: ["HOME": "/home/u"], currentDirectory: URL(fileURLWithPath: "/w"))
        #expect(fallback.first?.path == "/home/u/.config/inovasi/themes")
    }

    @Test("A name is found in the first folder that has it")
    func lookupOrder() throws {
        let root = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let user = root.appendingPathComponent("user")
        let shipped = root.appendingPathComponent("Themes")
        try write(String(format: valid, "Milik pengguna"), to: user, as: "terang.yaml")
        try write(String(format: valid, "Bawaan folder"), to: shipped, as: "terang.yaml")
        try write(String(format: valid, "Lain"), to: shipped, as: "lain.yml")
        let catalog = ThemeCatalog(folders: [user, root.appendingPathComponent("missing"), shipped])
        let selection = catalog.select("terang")
        #expect(selection.theme.name == "Milik pengguna")
        #expect(selection.warning == nil)
        #expect(catalog.select("lain").theme.name == "Lain")
        #expect(catalog.entries().map(\.name) == ["default", "terang", "lain"])
    }

    @Test("No request and no default file gives the built-in theme without a warning")
    func builtInDefault() throws {
        let catalog = ThemeCatalog(folders: [])
        let selection = catalog.select(nil)
        #expect(selection.theme == .builtIn)
        #expect(selection.warning == nil)
        #expect(selection.entry.file == nil)
    }

    @Test("A default.yaml in a folder replaces the built-in entry")
    func defaultFile() throws {
        let root = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write(String(format: valid, "Default saya"), to: root, as: "default.yaml")
        let catalog = ThemeCatalog(folders: [root])
        #expect(catalog.entries().map(\.name) == ["default"])
        #expect(catalog.select(nil).theme.name == "Default saya")
    }

    @Test("A broken file gives the built-in theme and a warning naming file and key")
    func brokenFile() throws {
        let root = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write("roles:\n  selection: { bg: \"biru\" }\n", to: root, as: "rusak.yaml")
        let selection = ThemeCatalog(folders: [root]).select("rusak")
        #expect(selection.theme == .builtIn)
        let warning = try #require(selection.warning)
        #expect(warning.file.hasSuffix("rusak.yaml"))
        #expect(warning.key == "roles.selection.bg")
        #expect(warning.fallbackMessage.en.contains("built-in"))
    }

    @Test("An unknown name gives the built-in theme and a not-found warning")
    func unknownName() {
        let selection = ThemeCatalog(folders: []).select("ungu")
        #expect(selection.theme == .builtIn)
        #expect(selection.warning == ThemeError(file: "ungu", reason: .notFound))
        #expect(selection.warning?.message.id.contains("tidak ditemukan") == true)
    }

    @Test("A path is loaded directly; a missing path is a warning")
    func path() throws {
        let root = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try write(String(format: valid, "Dari jalur"), to: root, as: "jalur.yaml")
        let catalog = ThemeCatalog(folders: [])
        #expect(catalog.select(root.appendingPathComponent("jalur.yaml").path).theme.name == "Dari jalur")
        let missing = catalog.select(root.appendingPathComponent("tidak-ada.yaml").path)
        #expect(missing.theme == .builtIn)
        #expect(missing.warning?.reason == .notFound)
    }

    @Test("Cycling walks the entries and wraps around")
    func cycling() throws {
        let catalog = ThemeCatalog(folders: [PackagePaths.themes])
        let names = catalog.entries().map(\.name)
        #expect(names.first == "default")
        #expect(names.contains("base16-selat-sunda"))
        var seen: [String] = []
        var current: String? = names.first
        for _ in names {
            let next = catalog.entry(after: current)
            seen.append(next.name)
            current = next.name
        }
        #expect(seen.last == names.first)
        #expect(Set(seen) == Set(names))
        #expect(catalog.entry(after: "no-such").name == names.first)
    }
}
