import Yams

/// Parses a theme file of the program's own format, or a base16 scheme file.
///
/// Own format (documented in `Themes/README.md`):
///
/// ```yaml
/// name: Bawaan gelap (default dark)
/// roles:
///   base:      { fg: "#d0d0d0", bg: "#1c1c1c" }
///   selection: { fg: "#ffffff", bg: "#005faf", attrs: [bold], mono: [reverse] }
/// ```
///
/// A file with `base00`…`base0F` (at the top or under `palette:`) is read as a base16 scheme.
struct ThemeFileParser {
    let reader: ThemeNodeReader
    /// The name used when the file gives none: the file name without extension.
    let defaultName: String

    init(file: String, defaultName: String) {
        self.reader = ThemeNodeReader(file: file)
        self.defaultName = defaultName
    }

    func parse(_ yaml: String) throws(ThemeError) -> Theme {
        let root = try reader.root(of: yaml)
        if Base16Scheme.isScheme(root) {
            return try Base16Scheme.read(root, reader: reader, defaultName: defaultName).theme
        }
        var name = defaultName
        var styles: [ThemeRole: RoleStyle]?
        for (keyNode, value) in root {
            let key = try reader.text(keyNode, key: "")
            switch key {
            case "name": name = try reader.text(value, key: key)
            case "author", "description": _ = try reader.text(value, key: key)
            case "roles": styles = try roles(value)
            default: throw reader.fail(key, keyNode, .unknownKey)
            }
        }
        guard let styles else { throw reader.fail("roles", nil, .missingKey) }
        return Theme(name: name, styles: styles, fallback: .builtIn)
    }

    private func roles(_ node: Node) throws(ThemeError) -> [ThemeRole: RoleStyle] {
        var styles: [ThemeRole: RoleStyle] = [:]
        for (keyNode, value) in try reader.mapping(node, key: "roles") {
            let name = try reader.text(keyNode, key: "roles")
            guard let role = ThemeRole(rawValue: name) else {
                throw reader.fail("roles.\(name)", keyNode, .unknownKey)
            }
            styles[role] = try style(value, role: role)
        }
        return styles
    }

    private func style(_ node: Node, role: ThemeRole) throws(ThemeError) -> RoleStyle {
        let path = "roles.\(role.rawValue)"
        var style = RoleStyle(mono: role.defaultMono)
        for (keyNode, value) in try reader.mapping(node, key: path) {
            let field = try reader.text(keyNode, key: path)
            let key = "\(path).\(field)"
            switch field {
            case "fg": style.foreground = try reader.color(value, key: key)
            case "bg": style.background = try reader.color(value, key: key)
            case "attrs": style.attributes = try reader.attributes(value, key: key)
            case "mono": style.mono = try reader.attributes(value, key: key)
            default: throw reader.fail(key, keyNode, .unknownKey)
            }
        }
        return style
    }
}
