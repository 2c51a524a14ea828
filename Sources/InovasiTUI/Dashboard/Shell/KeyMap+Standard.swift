import InovasiCore

extension KeyMap {
    /// The bindings users of htop, lazygit, tig and calcurse expect.
    public static let standard = KeyMap(
        global: globalBindings,
        contexts: [
            .pane(.progress): listBindings + progressBindings + paneBindings,
            .pane(.queue): listBindings + queueBindings + reviewBindings + paneBindings,
            .pane(.calendar): calendarBindings + paneBindings,
            .overlay: detailBindings,
            .agencyDetail: detailBindings + agencyDetailBindings,
            .help: overlayBindings,
            .proposalDetail: detailBindings + reviewBindings,
            .form: formBindings,
            .textInput: textBindings,
            .prompt: promptBindings,
            .kiosk: kioskBindings,
        ])

    /// Moving between panes: only in the panes, since a detail or the help on top ignores it.
    static let paneBindings: [KeyBinding] = [
        KeyBinding([.tab], .paneFocusedNext, Localized(id: "panel berikutnya", en: "next pane")),
        KeyBinding([.backTab], .paneFocusedPrevious, Localized(id: "panel sebelumnya", en: "previous pane")),
        KeyBinding(
            [.character("1")], .paneFocused(.progress), Localized(id: "panel progres OPD", en: "OPD progress pane")),
        KeyBinding([.character("2")], .paneFocused(.calendar), Localized(id: "panel kalender", en: "calendar pane")),
        KeyBinding([.character("3")], .paneFocused(.queue), Localized(id: "panel antrean", en: "queue pane")),
        KeyBinding([.character("z")], .zoomToggled, Localized(id: "perbesar panel / kembali", en: "zoom pane / back")),
    ]

    /// Bindings of every context but the prompt, the forms and the kiosk.
    static let globalBindings: [KeyBinding] = [
        KeyBinding([.escape], .closed, Localized(id: "keluar / tutup", en: "back / close")),
        KeyBinding([.character("/")], .searchStarted, Localized(id: "cari / saring", en: "search / filter")),
        KeyBinding([.character("n")], .nextMatchShown, Localized(id: "hasil berikutnya", en: "next match")),
        KeyBinding([.character("N")], .previousMatchShown, Localized(id: "hasil sebelumnya", en: "previous match")),
        KeyBinding([.character("T")], .themeCycled, Localized(id: "ganti tema", en: "next theme")),
        KeyBinding([.character("L")], .languageToggled, Localized(id: "ganti bahasa", en: "switch language")),
        KeyBinding([.character("?")], .helpShown, Localized(id: "bantuan", en: "help")),
        KeyBinding([.control("l")], .redrawRequested, Localized(id: "gambar ulang layar", en: "redraw screen")),
        KeyBinding([.character("q")], .quitRequested, Localized(id: "keluar dari program", en: "quit")),
    ]

    static let listBindings: [KeyBinding] = [
        KeyBinding([.down, .character("j")], .rowMoved(1), Localized(id: "baris berikutnya", en: "next row")),
        KeyBinding([.up, .character("k")], .rowMoved(-1), Localized(id: "baris sebelumnya", en: "previous row")),
        KeyBinding([.pageDown, .control("f")], .pageMoved(1), Localized(id: "halaman berikutnya", en: "next page")),
        KeyBinding([.pageUp, .control("b")], .pageMoved(-1), Localized(id: "halaman sebelumnya", en: "previous page")),
        KeyBinding([.home, .character("g")], .firstRowShown, Localized(id: "ke awal", en: "to the top")),
        KeyBinding([.end, .character("G")], .lastRowShown, Localized(id: "ke akhir", en: "to the bottom")),
        KeyBinding([.enter], .opened, Localized(id: "buka rincian", en: "open detail")),
    ]

    static let progressBindings: [KeyBinding] = [
        KeyBinding(
            [.left, .character("h")], .groupCollapsed, Localized(id: "tutup kelurahan", en: "collapse kelurahan")),
        KeyBinding([.right, .character("l")], .groupExpanded, Localized(id: "buka kelurahan", en: "expand kelurahan")),
        KeyBinding(
            [.character("s")], .sortCycled, Localized(id: "urutkan kolom berikutnya", en: "sort by next column")),
        KeyBinding([.character("S")], .sortReversed, Localized(id: "balik urutan", en: "reverse sort")),
    ]

    static let queueBindings: [KeyBinding] = [
        KeyBinding([.character(" ")], .markToggled, Localized(id: "tandai / lepas tanda", en: "mark / unmark")),
        KeyBinding([.character("v")], .rangeMarked, Localized(id: "tandai rentang", en: "mark a range")),
        KeyBinding(
            [.character("a")], .assignRequested,
            Localized(id: "tugaskan penilai (admin)", en: "assign a reviewer (admin)")),
        KeyBinding(
            [.character("A")], .unassignRequested, Localized(id: "lepas penilai (admin)", en: "unassign (admin)")),
        KeyBinding([.character("f")], .filterFormOpened, Localized(id: "saring antrean", en: "filter the queue")),
        KeyBinding([.character("o")], .queueSortCycled, Localized(id: "urutan berikutnya", en: "next sort order")),
        KeyBinding([.character("O")], .queueSortReversed, Localized(id: "balik urutan", en: "reverse the order")),
    ]

    /// Review keys of the queue and of a proposal's detail.
    static let reviewBindings: [KeyBinding] = [
        KeyBinding([.character("t")], .takeRequested, Localized(id: "ambil untuk ditinjau", en: "take for review")),
        KeyBinding([.character("s")], .scoreRequested, Localized(id: "beri nilai", en: "score")),
        KeyBinding([.character("d")], .decisionRequested, Localized(id: "putuskan", en: "decide")),
        KeyBinding(
            [.character("u")], .undoRequested, Localized(id: "batalkan tindakan terakhir", en: "undo my last action")),
    ]

    static let formBindings: [KeyBinding] = [
        KeyBinding(
            [.up, .character("k"), .backTab], .formMoved(-1), Localized(id: "baris sebelumnya", en: "previous row")),
        KeyBinding([.down, .character("j"), .tab], .formMoved(1), Localized(id: "baris berikutnya", en: "next row")),
        KeyBinding(
            [.left, .character("h")], .formValueChanged(-1), Localized(id: "nilai sebelumnya", en: "previous value")),
        KeyBinding(
            [.right, .character("l")], .formValueChanged(1), Localized(id: "nilai berikutnya", en: "next value")),
        KeyBinding([.character("1")], .formDigit(1), Localized(id: "nilai 1", en: "value 1")),
        KeyBinding([.character("2")], .formDigit(2), Localized(id: "nilai 2", en: "value 2")),
        KeyBinding([.character("3")], .formDigit(3), Localized(id: "nilai 3", en: "value 3")),
        KeyBinding([.character("4")], .formDigit(4), Localized(id: "nilai 4", en: "value 4")),
        KeyBinding([.character("5")], .formDigit(5), Localized(id: "nilai 5", en: "value 5")),
        KeyBinding(
            [.enter], .formEntered, Localized(id: "tulis catatan / lanjut / simpan", en: "write note / continue / save")
        ),
        KeyBinding([.escape], .formCancelled, Localized(id: "keluar dari formulir", en: "leave the form")),
        KeyBinding([.control("l")], .redrawRequested, Localized(id: "gambar ulang layar", en: "redraw screen")),
    ]

    static let textBindings: [KeyBinding] = [
        KeyBinding([.enter, .escape, .tab], .formTextFinished, Localized(id: "selesai menulis", en: "done typing")),
        KeyBinding([.backspace], .formErased, Localized(id: "hapus satu huruf", en: "erase a character")),
    ]

    static let calendarBindings: [KeyBinding] = [
        KeyBinding([.left, .character("h")], .dayMoved(-1), Localized(id: "hari sebelumnya", en: "previous day")),
        KeyBinding([.right, .character("l")], .dayMoved(1), Localized(id: "hari berikutnya", en: "next day")),
        KeyBinding([.up, .character("k")], .dayMoved(-7), Localized(id: "pekan sebelumnya", en: "previous week")),
        KeyBinding([.down, .character("j")], .dayMoved(7), Localized(id: "pekan berikutnya", en: "next week")),
        KeyBinding(
            [.character("["), .pageUp], .monthMoved(-1), Localized(id: "bulan sebelumnya", en: "previous month")),
        KeyBinding([.character("]"), .pageDown], .monthMoved(1), Localized(id: "bulan berikutnya", en: "next month")),
        KeyBinding([.character("t"), .home], .todayShown, Localized(id: "kembali ke hari ini", en: "back to today")),
        KeyBinding([.enter], .opened, Localized(id: "rincian sesi hari itu", en: "sessions of the day")),
    ]

    /// The help: it scrolls line by line and by pages.
    static let overlayBindings: [KeyBinding] =
        [
            KeyBinding([.down, .character("j")], .rowMoved(1), Localized(id: "gulir ke bawah", en: "scroll down")),
            KeyBinding([.up, .character("k")], .rowMoved(-1), Localized(id: "gulir ke atas", en: "scroll up")),
        ] + pageBindings

    /// Scrolling by pages and to either end, in the help and the details.
    static let pageBindings: [KeyBinding] = [
        KeyBinding([.pageDown, .character(" ")], .pageMoved(1), Localized(id: "halaman berikutnya", en: "next page")),
        KeyBinding([.pageUp], .pageMoved(-1), Localized(id: "halaman sebelumnya", en: "previous page")),
        KeyBinding([.home, .character("g")], .firstRowShown, Localized(id: "ke awal", en: "to the top")),
        KeyBinding([.end, .character("G")], .lastRowShown, Localized(id: "ke akhir", en: "to the bottom")),
    ]

    /// A detail: the cursor moves between its items (and scrolls where none is near); the page keys scroll.
    static let detailBindings: [KeyBinding] =
        [
            KeyBinding([.down, .character("j")], .rowMoved(1), OverlayText.nextItem),
            KeyBinding([.up, .character("k")], .rowMoved(-1), OverlayText.previousItem),
        ] + pageBindings

    /// An OPD's detail: `Enter` opens the proposal under the cursor.
    static let agencyDetailBindings: [KeyBinding] = [
        KeyBinding([.enter], .opened, OverlayText.openProposal)
    ]

    /// The kiosk ignores every key but a repaint; it stops on SIGTERM, SIGINT (Ctrl-C) or SIGHUP.
    static let kioskBindings: [KeyBinding] = [
        KeyBinding([.control("l")], .redrawRequested, Localized(id: "gambar ulang layar", en: "redraw screen"))
    ]

    static let promptBindings: [KeyBinding] = [
        KeyBinding([.enter], .searchCommitted, Localized(id: "simpan pencarian", en: "keep the search")),
        KeyBinding([.escape], .searchCancelled, Localized(id: "batalkan pencarian", en: "cancel the search")),
        KeyBinding([.backspace], .searchErased, Localized(id: "hapus satu huruf", en: "erase a character")),
    ]
}
