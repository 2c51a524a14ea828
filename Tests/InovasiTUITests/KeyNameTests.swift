import InovasiCore
import Testing

@testable import InovasiTUI

@Suite("Key names and the keys kept for later features")
struct KeyNameTests {
    @Test("key names are read without regard to case, single characters exactly")
    func caseInsensitive() {
        #expect(Key(name: "Ctrl-F") == .control("f"))
        #expect(Key(name: "ctrl-f") == .control("f"))
        #expect(Key(name: "CTRL+F") == .control("f"))
        #expect(Key(name: "PgDn") == .pageDown)
        #expect(Key(name: "pgdn") == .pageDown)
        #expect(Key(name: "F5") == .function(5))
        #expect(Key(name: "f5") == .function(5))
        #expect(Key(name: "Shift-Tab") == .backTab)
        #expect(Key(name: "shift-TAB") == .backTab)
        #expect(Key(name: "ENTER") == .enter)
        #expect(Key(name: "esc") == .escape)
        #expect(Key(name: "Space") == .character(" "))
        #expect(Key(name: "n") == .character("n"))
        #expect(Key(name: "N") == .character("N"))
        #expect(Key(name: "F") == .character("F"))
        #expect(Key(name: "↓") == .down)
        #expect(Key(name: "Ctrl-") == nil)
        #expect(Key(name: "nonsense") == nil)
    }

    @Test("every key name the help writes reads back as the same key")
    func roundTrip() {
        let map = KeyMap.standard
        let keys = Set((map.global + map.contexts.values.flatMap { $0 }).flatMap(\.keys))
        for key in keys {
            for language in [Language.id, .en] {
                #expect(Key(name: KeyNames.name(key, language)) == key, "\(key) \(language)")
            }
        }
    }

    /// The keys the later issues use (issue 9, point 6): each may be bound only as specified here.
    static let reserved: [(key: Key, allowed: [KeyContext: DashboardAction])] = [
        (
            .character("+"),
            [
                .agencyDetail: .innovationAddRequested, .pane(.queue): .proposalNewRequested,
                .calendar(.month): .sessionNewRequested, .calendar(.week): .sessionNewRequested,
                .calendar(.agenda): .sessionNewRequested, .overlay: .sessionNewRequested,
            ]
        ),
        (
            .character("e"),
            [
                .agencyDetail: .innovationEditRequested, .pane(.queue): .proposalEditRequested,
                .proposalDetail: .proposalEditRequested, .calendar(.month): .sessionEditRequested,
                .calendar(.week): .sessionEditRequested, .calendar(.agenda): .sessionEditRequested,
                .overlay: .sessionEditRequested,
            ]
        ),
        // The calendar's session keys (issue 11, point 2), in the pane and in a day's detail.
        (
            .character("c"),
            [
                .calendar(.month): .sessionCancelRequested, .calendar(.week): .sessionCancelRequested,
                .calendar(.agenda): .sessionCancelRequested,
                .overlay: .sessionCancelRequested,
            ]
        ),
        (
            .character("x"),
            [
                .calendar(.month): .sessionDoneRequested, .calendar(.week): .sessionDoneRequested,
                .calendar(.agenda): .sessionDoneRequested,
                .overlay: .sessionDoneRequested,
            ]
        ),
        (.character(">"), [.agencyDetail: .stageAdvanceRequested]),
        (.character("<"), [.agencyDetail: .stageBackRequested]),
        // `m`, `w`, `a` switch the calendar's view (issue 11, point 1); context bindings win, so `m`
        // stays the main flag in the OPD detail and `a` assignment in the queue.
        (
            .character("m"),
            [
                .agencyDetail: .mainToggled, .calendar(.month): .calendarViewChosen(.month),
                .calendar(.week): .calendarViewChosen(.month), .calendar(.agenda): .calendarViewChosen(.month),
            ]
        ),
        (
            .character("w"),
            [
                .calendar(.month): .calendarViewChosen(.week), .calendar(.week): .calendarViewChosen(.week),
                .calendar(.agenda): .calendarViewChosen(.week),
            ]
        ),
        // `y` chooses the OPD table's reporting year (issue 12, point 6), nowhere else.
        (.character("y"), [.pane(.progress): .yearCycled]),
        // `i` opens the IID planner (issue 15, point 3) wherever the global keys hold.
        (
            .character("i"),
            [
                .pane(.progress): .plannerRequested, .pane(.queue): .plannerRequested,
                .calendar(.month): .plannerRequested, .calendar(.week): .plannerRequested,
                .calendar(.agenda): .plannerRequested, .overlay: .plannerRequested, .agencyDetail: .plannerRequested,
                .help: .plannerRequested, .proposalDetail: .plannerRequested,
            ]
        ),
        // `a` assigns a reviewer in the queue and shows the calendar's agenda there.
        (
            .character("a"),
            [
                .pane(.queue): .assignRequested, .calendar(.month): .calendarViewChosen(.agenda),
                .calendar(.week): .calendarViewChosen(.agenda), .calendar(.agenda): .calendarViewChosen(.agenda),
            ]
        ),
    ]

    @Test("the keys kept for later features are free, and n/N are next/previous match wherever they work")
    func reservedKeys() {
        let map = KeyMap.standard
        let contexts: [KeyContext] = [
            .pane(.progress), .pane(.queue), .calendar(.month), .calendar(.week), .calendar(.agenda), .overlay,
            .agencyDetail, .help, .proposalDetail, .form, .textInput, .prompt, .kiosk,
        ]
        for (key, allowed) in Self.reserved {
            for context in contexts {
                let bound = map.bindings(in: context).first { $0.keys.contains(key) }?.action
                #expect(bound == allowed[context], "\(key) in \(context)")
            }
        }
        for context in contexts where ![.prompt, .kiosk, .form, .textInput, .help].contains(context) {
            #expect(map.action(for: .character("n"), in: context) == .nextMatchShown)
            #expect(map.action(for: .character("N"), in: context) == .previousMatchShown)
        }
    }
}
