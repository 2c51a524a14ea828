extension Theme {
    /// The default dark theme, compiled in so the program never fails for want of a theme file.
    ///
    /// `Themes/default.yaml` holds the same values; a test keeps the two equal.
    public static let builtIn = Theme(
        name: "Bawaan gelap (default dark)",
        styles: [
            .base: .role(.base, 0xD0D0D0, 0x1C1C1C),
            .muted: .role(.muted, 0x8A8A8A),
            .paneBorder: .role(.paneBorder, 0x585858),
            .paneBorderFocused: .role(.paneBorderFocused, 0x5FAFFF, attributes: .bold),
            .paneTitle: .role(.paneTitle, 0xA8A8A8),
            .paneTitleFocused: .role(.paneTitleFocused, 0x87D7FF, attributes: .bold),
            .header: .role(.header, 0xEEEEEE, 0x005F87),
            .headerBadge: .role(.headerBadge, 0x1C1C1C, 0xFFAF00, attributes: .bold),
            .statusLine: .role(.statusLine, 0xBCBCBC, 0x303030),
            .statusKey: .role(.statusKey, 0xFFD75F, 0x303030, attributes: .bold),
            .flash: .role(.flash, 0x87FF87, 0x303030, attributes: .bold),
            .selection: .role(.selection, 0xFFFFFF, 0x005FAF, attributes: .bold),
            .selectionUnfocused: .role(.selectionUnfocused, 0xE4E4E4, 0x444444),
            .tableHeader: .role(.tableHeader, 0x87AFD7, attributes: .bold),
            .totalsRow: .role(.totalsRow, 0xEEEEEE, 0x262626, attributes: .bold),
            .stageInitiative: .role(.stageInitiative, 0xD7AF5F),
            .stageTrial: .role(.stageTrial, 0x5FAFD7),
            .stageImplementation: .role(.stageImplementation, 0x87D787),
            .statusSubmitted: .role(.statusSubmitted, 0x87AFFF),
            .statusInReview: .role(.statusInReview, 0xD7AFFF),
            .statusRevision: .role(.statusRevision, 0xFFAF5F),
            .statusApproved: .role(.statusApproved, 0x87D787, attributes: .bold),
            .statusRejected: .role(.statusRejected, 0xFF5F5F),
            .statusWithdrawn: .role(.statusWithdrawn, 0x8A8A8A),
            .overdue: .role(.overdue, 0xFF5F5F, attributes: .bold),
            .ok: .role(.ok, 0x87D787),
            .warning: .role(.warning, 0xFFD75F),
            .error: .role(.error, 0xFF5F5F, attributes: .bold),
            .calendarToday: .role(.calendarToday, 0x1C1C1C, 0x87D7FF, attributes: .bold),
            .calendarEvent: .role(.calendarEvent, 0xFFD75F, attributes: .bold),
            .calendarSelected: .role(.calendarSelected, 0xFFFFFF, 0x005FAF, attributes: .bold),
            .calendarWeekend: .role(.calendarWeekend, 0xD78787),
            .sessionLAN: .role(.sessionLAN, 0x5FD7D7, attributes: .bold),
            .sessionPAN: .role(.sessionPAN, 0xD787D7, attributes: .bold),
            .sessionBRIN: .role(.sessionBRIN, 0x87AFFF, attributes: .bold),
            .sessionDAGRI: .role(.sessionDAGRI, 0xFF8787, attributes: .bold),
            .sessionOther: .role(.sessionOther, 0xBCBCBC),
            .bar: .role(.bar, 0x5FAFD7),
            .barEmpty: .role(.barEmpty, 0x4E4E4E),
            .overlayBorder: .role(.overlayBorder, 0xFFD75F, 0x262626, attributes: .bold),
            .overlayBackground: .role(.overlayBackground, 0xE4E4E4, 0x262626),
            .input: .role(.input, 0xFFFFFF, 0x3A3A3A),
            .tabActive: .role(.tabActive, 0x1C1C1C, 0x5FAFFF, attributes: .bold),
            .tabInactive: .role(.tabInactive, 0xA8A8A8, 0x303030),
            .searchMatch: .role(.searchMatch, 0x1C1C1C, 0xFFD75F),
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
