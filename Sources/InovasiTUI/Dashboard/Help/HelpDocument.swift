import InovasiCore

/// The help overlay, generated from the bindings in force (of the state's key map) in the context
/// under it, so it never lies.
enum HelpDocument {
    static func lines(state: DashboardState, width: Int) -> [DocLine] {
        let language = state.language
        let context = context(below: state)
        let (own, global) = state.context.keyMap.inForce(in: context)
        var doc = DocBuilder(width: width)
        doc.heading(contextTitle(context, language))
        for binding in own { add(binding, language, &doc) }
        if !global.isEmpty {
            doc.heading(DashboardText.helpGlobal.text(language))
            for binding in global { add(binding, language, &doc) }
        }
        doc.blank()
        let closers = state.context.keyMap.bindings(in: .help).filter { [.closed, .helpShown].contains($0.action) }
        let keys = closers.flatMap(\.keys).map { KeyNames.name($0, language) }
        if !keys.isEmpty { doc.paragraph(DashboardText.helpClose(keys).text(language), .muted) }
        return doc.lines
    }

    /// The context the help was opened from: the state without the help on top.
    static func context(below state: DashboardState) -> KeyContext {
        var below = state
        below.overlays.removeAll { $0.kind == .help }
        return KeyMap.context(of: below)
    }

    static func add(_ binding: KeyBinding, _ language: Language, _ doc: inout DocBuilder) {
        let keys = binding.keys.map { KeyNames.name($0, language) }.joined(separator: " ")
        doc.line([DocSpan("  " + TextLayout.pad(keys, toWidth: 18), .heading), DocSpan(binding.help.text(language))])
    }

    static func contextTitle(_ context: KeyContext, _ language: Language) -> String {
        switch context {
        case .pane(let pane): pane.title.text(language)
        case .calendar(let view): PaneID.calendar.title.text(language) + " · " + view.label.text(language)
        case .overlay, .agencyDetail, .help: LabelText.detailView.text(language)
        case .audit: AuditText.title.text(language)
        case .admin: AdminText.title.text(language)
        case .planner: PlannerText.open.text(language)
        case .prompt: DashboardText.searchPrompt.text(language)
        case .kiosk: DashboardText.kioskBadge.text(language)
        case .proposalDetail: LabelText.detailView.text(language)
        case .form, .textInput: HelpText.formKeys.text(language)
        }
    }
}

/// How keys are written in help and hints.
enum KeyNames {
    static func name(_ key: Key, _ language: Language) -> String {
        switch key {
        case .character(" "): HelpText.spaceKey.text(language)
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .function(let number): "F\(number)"
        }
    }
}
