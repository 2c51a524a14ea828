import InovasiCore

extension KeyMap {
    /// The bindings users of htop, lazygit, tig and calcurse expect.
    public static let standard = KeyMap(
        global: globalBindings,
        contexts: [
            .pane(.progress): listBindings + progressBindings + paneBindings,
            .pane(.queue): listBindings + queueBindings + proposalBindings + reviewBindings + paneBindings,
            .calendar(.month): calendarMonthBindings + sessionBindings + [calendarExportBinding] + paneBindings,
            .calendar(.week): calendarWeekBindings + sessionBindings + [calendarExportBinding] + paneBindings,
            .calendar(.agenda): calendarAgendaBindings + sessionBindings + [calendarExportBinding] + paneBindings,
            .overlay: detailBindings + sessionBindings,
            .agencyDetail: detailBindings + agencyDetailBindings + recordTrailBindings + iidDetailBindings,
            .audit: detailBindings + auditBindings,
            .admin: detailBindings + adminBindings,
            .planner: detailBindings + plannerBindings,
            .help: overlayBindings,
            .proposalDetail: detailBindings + reviewBindings + recordTrailBindings + [proposalEditBinding],
            .form: formBindings,
            .textInput: textBindings,
            .prompt: promptBindings,
            .kiosk: kioskBindings,
        ])

    /// Moving between panes: only in the panes, since a detail or the help on top ignores it.
    static let paneBindings: [KeyBinding] = [
        KeyBinding([.tab], .paneFocusedNext, KeyHelpText.nextPane),
        KeyBinding([.backTab], .paneFocusedPrevious, KeyHelpText.previousPane),
        KeyBinding(
            [.character("1")], .paneFocused(.progress), KeyHelpText.opdProgressPane),
        KeyBinding([.character("2")], .paneFocused(.calendar), KeyHelpText.calendarPane),
        KeyBinding([.character("3")], .paneFocused(.queue), KeyHelpText.queuePane),
        KeyBinding([.character("z")], .zoomToggled, KeyHelpText.zoomPaneBack),
    ]

    /// Bindings of every context but the prompt, the forms and the kiosk.
    static let globalBindings: [KeyBinding] = [
        KeyBinding([.escape], .closed, KeyHelpText.backClose),
        KeyBinding([.character("/")], .searchStarted, KeyHelpText.searchFilter),
        KeyBinding([.character("n")], .nextMatchShown, KeyHelpText.nextMatch),
        KeyBinding([.character("N")], .previousMatchShown, KeyHelpText.previousMatch),
        KeyBinding([.character("T")], .themeCycled, KeyHelpText.nextTheme),
        KeyBinding([.character("L")], .languageToggled, KeyHelpText.switchLanguage),
        KeyBinding([.character("?")], .helpShown, KeyHelpText.help),
        KeyBinding([.character("H")], .auditRequested, AuditText.open),
        KeyBinding([.character("M")], .adminRequested, AdminText.open),
        KeyBinding([.character("i")], .plannerRequested, PlannerText.open),
        KeyBinding([.control("l")], .redrawRequested, KeyHelpText.redrawScreen),
        KeyBinding([.control("r")], .configReloadRequested, ConfigReloadText.reloadKey),
        KeyBinding([.character("q")], .quitRequested, KeyHelpText.quit),
    ]

    static let listBindings: [KeyBinding] = [
        KeyBinding([.down, .character("j")], .rowMoved(1), KeyHelpText.nextRow),
        KeyBinding([.up, .character("k")], .rowMoved(-1), KeyHelpText.previousRow),
        KeyBinding([.pageDown, .control("f")], .pageMoved(1), KeyHelpText.nextPage),
        KeyBinding([.pageUp, .control("b")], .pageMoved(-1), KeyHelpText.previousPage),
        KeyBinding([.home, .character("g")], .firstRowShown, KeyHelpText.toTheTop),
        KeyBinding([.end, .character("G")], .lastRowShown, KeyHelpText.toTheBottom),
        KeyBinding([.enter], .opened, KeyHelpText.openDetail),
    ]

    static let progressBindings: [KeyBinding] = [
        KeyBinding(
            [.left, .character("h")], .groupCollapsed, KeyHelpText.collapseKelurahan),
        KeyBinding([.right, .character("l")], .groupExpanded, KeyHelpText.expandKelurahan),
        KeyBinding(
            [.character("s")], .sortCycled, KeyHelpText.sortByNextColumn),
        KeyBinding([.character("S")], .sortReversed, KeyHelpText.reverseSort),
        KeyBinding([.character("y")], .yearCycled, KeyHelpText.nextYear),
    ]

    static let queueBindings: [KeyBinding] = [
        KeyBinding([.character(" ")], .markToggled, KeyHelpText.markUnmark),
        KeyBinding([.character("v")], .rangeMarked, KeyHelpText.markARange),
        KeyBinding(
            [.character("a")], .assignRequested,
            KeyHelpText.assignAReviewerAdmin),
        KeyBinding(
            [.character("A")], .unassignRequested, KeyHelpText.unassignAdmin),
        KeyBinding([.character("f")], .filterFormOpened, KeyHelpText.filterTheQueue),
        KeyBinding([.character("o")], .queueSortCycled, KeyHelpText.nextSortOrder),
        KeyBinding([.character("O")], .queueSortReversed, KeyHelpText.reverseTheOrder),
    ]

    /// Entering and correcting proposals from the queue (``ProposalAct``).
    static let proposalBindings: [KeyBinding] = [
        KeyBinding([.character("+")], .proposalNewRequested, KeyHelpText.newProposal), proposalEditBinding,
    ]

    /// `e` edits the proposal under the cursor, or the one whose detail is open.
    static let proposalEditBinding = KeyBinding([.character("e")], .proposalEditRequested, KeyHelpText.editProposal)

    /// Review keys of the queue and of a proposal's detail.
    static let reviewBindings: [KeyBinding] = [
        KeyBinding([.character("t")], .takeRequested, KeyHelpText.takeForReview),
        KeyBinding([.character("s")], .scoreRequested, KeyHelpText.score),
        KeyBinding([.character("d")], .decisionRequested, KeyHelpText.decide),
        KeyBinding(
            [.character("u")], .undoRequested, KeyHelpText.undoMyLastAction),
    ]

    /// A form on a field without text: move, change the value, save, leave. Other printable keys
    /// (digits, `y`/`n`) reach the field as typed characters.
    static let formBindings: [KeyBinding] =
        [
            KeyBinding([.up, .character("k")], .form(.up), KeyHelpText.previousRow),
            KeyBinding([.down, .character("j")], .form(.down), KeyHelpText.nextRow),
            KeyBinding([.tab], .form(.nextField), KeyHelpText.nextField),
            KeyBinding([.backTab], .form(.previousField), KeyHelpText.previousField),
            KeyBinding(
                [.left, .character("h")], .form(.left), KeyHelpText.previousValue),
            KeyBinding([.right, .character("l")], .form(.right), KeyHelpText.nextValue),
            KeyBinding([.character(" ")], .form(.toggle), KeyHelpText.changePick),
        ]
        + (1...5).map { digit in
            KeyBinding(
                [.character(Character(String(digit)))], .form(.typed(Character(String(digit)))),
                KeyHelpText.value(digit))
        } + [
            KeyBinding([.enter], .form(.submit), KeyHelpText.saveContinue),
            KeyBinding([.escape], .form(.escape), KeyHelpText.leaveTheForm),
            KeyBinding([.control("l")], .redrawRequested, KeyHelpText.redrawScreen),
        ]

    /// A form on a field that takes typing: every printable key goes into the field, so only
    /// keys without a character move or edit.
    static let textBindings: [KeyBinding] = [
        KeyBinding([.enter], .form(.submit), KeyHelpText.saveContinue),
        KeyBinding([.escape], .form(.escape), KeyHelpText.leaveTheField),
        KeyBinding([.tab], .form(.nextField), KeyHelpText.nextField),
        KeyBinding([.backTab], .form(.previousField), KeyHelpText.previousField),
        KeyBinding([.up], .form(.up), KeyHelpText.up),
        KeyBinding([.down], .form(.down), KeyHelpText.down),
        KeyBinding([.left], .form(.left), KeyHelpText.caretLeft),
        KeyBinding([.right], .form(.right), KeyHelpText.caretRight),
        KeyBinding([.home], .form(.home), KeyHelpText.toTheStart),
        KeyBinding([.end], .form(.end), KeyHelpText.toTheEnd),
        KeyBinding([.backspace], .form(.erase), KeyHelpText.eraseACharacter),
        KeyBinding([.control("w")], .form(.eraseWord), KeyHelpText.eraseAWord),
        KeyBinding([.control("u")], .form(.clearField), KeyHelpText.clearTheField),
        KeyBinding([.control("l")], .redrawRequested, KeyHelpText.redrawScreen),
    ]

    /// The calendar's session keys, in the pane and in a day's detail (`+` there: on that day).
    static let sessionBindings: [KeyBinding] = [
        KeyBinding([.character("+")], .sessionNewRequested, SessionFormText.add),
        KeyBinding([.character("e")], .sessionEditRequested, SessionFormText.edit),
        KeyBinding([.character("c")], .sessionCancelRequested, SessionFormText.cancel),
        KeyBinding([.character("x")], .sessionDoneRequested, SessionFormText.done),
    ]

    /// The calendar pane's `E`: the range on screen to an .ics file.
    static let calendarExportBinding = KeyBinding(
        [.character("E")], .calendarExportRequested, CalendarExportText.exportKey)

    /// The help: it scrolls line by line and by pages.
    static let overlayBindings: [KeyBinding] =
        [
            KeyBinding([.down, .character("j")], .rowMoved(1), KeyHelpText.scrollDown),
            KeyBinding([.up, .character("k")], .rowMoved(-1), KeyHelpText.scrollUp),
        ] + pageBindings

    /// Scrolling by pages and to either end, in the help and the details.
    static let pageBindings: [KeyBinding] = [
        KeyBinding([.pageDown, .character(" ")], .pageMoved(1), KeyHelpText.nextPage),
        KeyBinding([.pageUp], .pageMoved(-1), KeyHelpText.previousPage),
        KeyBinding([.home, .character("g")], .firstRowShown, KeyHelpText.toTheTop),
        KeyBinding([.end, .character("G")], .lastRowShown, KeyHelpText.toTheBottom),
    ]

    /// A detail: the cursor moves between its items (and scrolls where none is near); the page keys scroll.
    static let detailBindings: [KeyBinding] =
        [
            KeyBinding([.down, .character("j")], .rowMoved(1), OverlayText.nextItem),
            KeyBinding([.up, .character("k")], .rowMoved(-1), OverlayText.previousItem),
        ] + pageBindings

    /// An OPD's detail: `Enter` opens the proposal under the cursor.
    static let agencyDetailBindings: [KeyBinding] = [
        KeyBinding([.enter], .opened, OverlayText.openProposal),
        KeyBinding([.character(">")], .stageAdvanceRequested, InnovationKeysText.nextStage),
        KeyBinding([.character("<")], .stageBackRequested, InnovationKeysText.previousStage),
        KeyBinding([.character("m")], .mainToggled, InnovationKeysText.toggleMain),
        KeyBinding([.character("+")], .innovationAddRequested, InnovationFormText.add),
        KeyBinding([.character("e")], .innovationEditRequested, InnovationFormText.edit),
        KeyBinding([.character("r")], .innovationResumeRequested, InnovationFormText.resume),
    ]

    /// A record's detail: `H` shows that record's audit trail (the innovation under the cursor first).
    static let recordTrailBindings: [KeyBinding] = [
        KeyBinding([.character("H")], .recordTrailRequested, AuditText.openRecord)
    ]

    /// The audit view: `Enter` opens an entry, `[`/`]` page, `f` filters.
    static let auditBindings: [KeyBinding] = [
        KeyBinding([.enter], .auditEntryOpened, AuditText.openEntry),
        KeyBinding([.character("[")], .auditPageMoved(-1), AuditText.newerPage),
        KeyBinding([.character("]")], .auditPageMoved(1), AuditText.olderPage),
        KeyBinding([.character("f")], .auditFilterRequested, AuditText.filter),
    ]

    /// The administration view: add, edit, (de)activate an OPD, its bidang, users.
    static let adminBindings: [KeyBinding] = [
        KeyBinding([.enter], .adminOpened, AdminText.openAgency),
        KeyBinding([.character("+")], .adminAddRequested, AdminText.add),
        KeyBinding([.character("e")], .adminEditRequested, AdminText.edit),
        KeyBinding([.character("A")], .adminActiveToggled, AdminText.toggleActive),
        KeyBinding([.character("D")], .adminRemoveRequested, AdminText.remove),
    ]

    /// The kiosk ignores every key but a repaint (Ctrl-C included: it reads keys raw); it stops on
    /// SIGTERM, SIGINT or SIGHUP from a process, or on the unlock sequence (`KioskUpkeepReducer`).
    static let kioskBindings: [KeyBinding] = [
        KeyBinding([.control("l")], .redrawRequested, KeyHelpText.redrawScreen)
    ]

    static let promptBindings: [KeyBinding] = [
        KeyBinding([.enter], .searchCommitted, KeyHelpText.keepTheSearch),
        KeyBinding([.escape], .searchCancelled, KeyHelpText.cancelTheSearch),
        KeyBinding([.backspace], .searchErased, KeyHelpText.eraseACharacter),
    ]
}
