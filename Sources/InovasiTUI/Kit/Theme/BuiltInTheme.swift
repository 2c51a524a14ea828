extension Theme {
    /// The default dark theme, compiled in so the program never fails for want of a theme file.
    ///
    /// `Themes/default.yaml` holds the same values; a test keeps the two equal.
    public static let builtIn = Theme(
        name: "Bawaan gelap (default dark)",
        styles: [
            .base: .role(.base, nil),
            .muted: .role(.muted, 0x808080),
            .paneBorder: .role(.paneBorder, nil),
            .paneBorderFocused: .role(.paneBorderFocused, 0x0087D7),
            .paneTitle: .role(.paneTitle, nil),
            .paneTitleFocused: .role(.paneTitleFocused, 0x0087D7, attributes: .bold),
            .header: .role(.header, nil),
            .headerBadge: .role(.headerBadge, 0x000000, 0xFFAF00, attributes: .bold),
            .statusLine: .role(.statusLine, nil),
            .statusKey: .role(.statusKey, 0x0087D7),
            .flash: .role(.flash, 0x5FAF00),
            .selection: .role(.selection, 0xFFFFFF, 0x005FAF),
            .selectionUnfocused: .role(.selectionUnfocused, 0xFFFFFF, 0x6C6C6C),
            .tableHeader: .role(.tableHeader, 0x0087AF, attributes: .bold),
            .totalsRow: .role(.totalsRow, nil, attributes: .bold),
            .stageInitiative: .role(.stageInitiative, nil),
            .stageTrial: .role(.stageTrial, nil),
            .stageImplementation: .role(.stageImplementation, nil),
            .statusSubmitted: .role(.statusSubmitted, nil),
            .statusInReview: .role(.statusInReview, nil),
            .statusRevision: .role(.statusRevision, 0xD78700),
            .statusApproved: .role(.statusApproved, 0x5FAF00),
            .statusRejected: .role(.statusRejected, 0xD75F5F),
            .statusWithdrawn: .role(.statusWithdrawn, 0x808080),
            .overdue: .role(.overdue, 0xD75F5F),
            .ok: .role(.ok, 0x5FAF00),
            .warning: .role(.warning, 0xD78700),
            .error: .role(.error, 0xD75F5F, attributes: .bold),
            .calendarToday: .role(.calendarToday, 0xFFFFFF, 0x0087AF),
            .calendarEvent: .role(.calendarEvent, 0xD78700),
            .calendarSelected: .role(.calendarSelected, 0xFFFFFF, 0x005FAF),
            .calendarWeekend: .role(.calendarWeekend, 0xAF5F5F),
            .sessionLAN: .role(.sessionLAN, 0x00AFAF),
            .sessionPAN: .role(.sessionPAN, 0xAF5FAF),
            .sessionBRIN: .role(.sessionBRIN, 0x5F87D7),
            .sessionDAGRI: .role(.sessionDAGRI, 0xD75F5F),
            .sessionOther: .role(.sessionOther, nil),
            .bar: .role(.bar, nil),
            .barEmpty: .role(.barEmpty, nil),
            .overlayBorder: .role(.overlayBorder, 0xFFD75F, 0x262626, attributes: .bold),
            .overlayBackground: .role(.overlayBackground, 0xE4E4E4, 0x262626),
            .input: .role(.input, 0xFFFFFF, 0x3A3A3A),
            .tabActive: .role(.tabActive, 0xFFFFFF, 0x0087D7, attributes: .bold),
            .tabInactive: .role(.tabInactive, nil),
            .searchMatch: .role(.searchMatch, 0x000000, 0xFFD75F),
        ])
}

extension RoleStyle {
    /// A role's style from `0xRRGGBB` literals, with the role's default mono attributes.
    static func role(
        _ role: ThemeRole, _ foreground: UInt32?, _ background: UInt32? = nil, attributes: TextAttributes = []
    ) -> RoleStyle {
        RoleStyle(
            foreground: foreground.map(RGBColor.init), background: background.map(RGBColor.init),
            attributes: attributes, mono: role.defaultMono)
    }
}
