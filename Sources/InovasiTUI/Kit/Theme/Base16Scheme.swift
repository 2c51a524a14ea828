import Yams

/// A base16 colour scheme (`scheme:`, `author:`, `base00`…`base0F`), mapped onto theme roles
/// so the many published schemes work as themes.
///
/// Both layouts are read: the classic one with the sixteen keys at the top, and the newer one
/// with `name:` and a `palette:` mapping. Colours may be written with or without `#`.
public struct Base16Scheme: Hashable, Sendable {
    /// The scheme's name (`scheme:` or `name:`), shown when themes are cycled.
    public var name: String
    /// The author as the file gives it; kept for display only.
    public var author: String?
    /// `base00`…`base0F`, in order.
    public var palette: [RGBColor]

    /// The sixteen keys of a scheme, `base00`…`base0F`.
    public static let keys = (0..<16).map { "base0" + String($0, radix: 16, uppercase: true) }

    /// A scheme from its sixteen colours, `base00` first.
    public init(name: String, author: String? = nil, palette: [RGBColor]) {
        self.name = name
        self.author = author
        self.palette = palette
    }

    /// Whether a theme file's root looks like a base16 scheme.
    static func isScheme(_ root: Node.Mapping) -> Bool {
        root["base00"] != nil || root["palette"]?.mapping?["base00"] != nil
    }

    /// Reads the scheme out of a file's root mapping; every one of the sixteen colours is required.
    static func read(
        _ root: Node.Mapping, reader: ThemeNodeReader, defaultName: String
    ) throws(ThemeError) -> Base16Scheme {
        let nested = root["palette"]?.mapping
        let colors = nested ?? root
        var palette: [RGBColor] = []
        for key in keys {
            let path = nested == nil ? key : "palette.\(key)"
            guard let node = colors[key] else { throw reader.fail(path, nil, .missingKey) }
            palette.append(try reader.color(node, key: path))
        }
        let nameNode = root["scheme"] ?? root["name"]
        let name = try nameNode.map { node throws(ThemeError) in try reader.text(node, key: "scheme") }
        let author = try root["author"].map { node throws(ThemeError) in try reader.text(node, key: "author") }
        return Base16Scheme(name: name ?? defaultName, author: author, palette: palette)
    }

    /// The scheme as a complete theme, following the base16 styling guidelines: 00–03 backgrounds
    /// and comments, 04–07 foregrounds, 08 red, 09 orange, 0A yellow, 0B green, 0C cyan, 0D blue,
    /// 0E magenta, 0F brown.
    public var theme: Theme {
        var styles: [ThemeRole: RoleStyle] = [:]
        for role in ThemeRole.allCases {
            let (foreground, background, attributes) = Self.mapping(role)
            styles[role] = RoleStyle(
                foreground: foreground.map(color), background: background.map(color),
                attributes: attributes, mono: role.defaultMono)
        }
        return Theme(name: name, styles: styles)
    }

    private func color(_ index: Int) -> RGBColor {
        index < palette.count ? palette[index] : RGBColor(0)
    }

    /// Palette indexes (foreground, background) and attributes of each role.
    static func mapping(_ role: ThemeRole) -> (Int?, Int?, TextAttributes) {
        switch role {
        case .base: (0x05, 0x00, [])
        case .muted, .statusWithdrawn: (0x03, nil, [])
        case .paneBorder: (0x02, nil, [])
        case .paneBorderFocused: (0x0D, nil, .bold)
        case .paneTitle: (0x04, nil, [])
        case .paneTitleFocused: (0x0D, nil, .bold)
        case .header: (0x06, 0x01, [])
        case .headerBadge: (0x00, 0x0A, .bold)
        case .statusLine: (0x04, 0x01, [])
        case .statusKey: (0x0A, 0x01, .bold)
        case .flash: (0x0B, 0x01, .bold)
        case .selection, .calendarSelected: (0x07, 0x02, .bold)
        case .selectionUnfocused: (0x06, 0x01, [])
        case .tableHeader: (0x0D, nil, .bold)
        case .totalsRow: (0x06, 0x01, .bold)
        case .stageInitiative, .warning: (0x0A, nil, [])
        case .stageTrial, .calendarEvent: (0x0C, nil, [])
        case .stageImplementation, .ok, .bar: (0x0B, nil, [])
        case .statusSubmitted: (0x0D, nil, [])
        case .statusInReview: (0x0E, nil, [])
        case .statusRevision: (0x09, nil, [])
        case .statusApproved: (0x0B, nil, .bold)
        case .statusRejected, .calendarWeekend: (0x08, nil, [])
        case .overdue, .error: (0x08, nil, .bold)
        case .calendarToday: (0x00, 0x0D, .bold)
        case .sessionLAN: (0x0C, nil, .bold)
        case .sessionPAN: (0x0E, nil, .bold)
        case .sessionBRIN: (0x0D, nil, .bold)
        case .sessionDAGRI: (0x09, nil, .bold)
        case .sessionOther: (0x05, nil, [])
        case .barEmpty: (0x02, nil, [])
        case .overlayBorder: (0x0A, 0x01, .bold)
        case .overlayBackground: (0x05, 0x01, [])
        case .input: (0x06, 0x02, [])
        case .tabActive: (0x00, 0x0D, .bold)
        case .tabInactive: (0x04, 0x01, [])
        case .searchMatch: (0x00, 0x0A, [])
        }
    }
}
