import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// The details' selectable items (issue 9, point 7): the cursor, scrolling around it, `Enter`, search.
@Suite("Details: a cursor over their items")
struct DetailCursorTests {
    func opened(_ action: DashboardAction, width: Int = 160, height: Int = 48) -> DashboardState {
        var state = DashboardFixtures.state(width: width, height: height)
        _ = DashboardReducer.reduce(into: &state, action: action)
        return state
    }

    func top(_ state: DashboardState) throws -> Overlay { try #require(state.topOverlay) }

    /// The cursor rule: on an item in view, or nil when no item is in view.
    func cursorInView(_ state: DashboardState) throws -> Bool {
        let overlay = try top(state)
        let visible = DashboardLayout(state: state).overlayLines
        let document = try #require(overlay.document)
        let shown = overlay.scroll..<overlay.scroll + visible
        guard let cursor = overlay.cursor else { return !document.itemLines.contains { shown.contains($0) } }
        return shown.contains(cursor) && document.lines[cursor].item != nil
    }

    @Test("j and k move the cursor over the OPD's innovations, proposals, bidang and sessions, skipping other lines")
    func agencyItems() throws {
        var state = opened(.agencyDetailLoaded(DetailFixtures.agency()))
        let expected: [DetailItem] = [
            .innovation(1), .innovation(2), .proposal(42), .proposal(43), .division(10), .division(11), .session(1),
        ]
        #expect(try top(state).selectedItem == expected[0])
        for item in expected.dropFirst() {
            _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
            #expect(try top(state).selectedItem == item)
        }
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        #expect(try top(state).selectedItem == .session(1))
        for item in expected.reversed().dropFirst() {
            _ = DashboardReducer.reduce(into: &state, action: .rowMoved(-1))
            #expect(try top(state).selectedItem == item)
        }
    }

    @Test("the cursor stays in view: moving past the bottom scrolls the detail")
    func staysVisible() throws {
        var state = opened(.agencyDetailLoaded(DetailFixtures.agency(innovations: 30)), width: 80, height: 24)
        for _ in 1...29 {
            _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
            #expect(try cursorInView(state))
        }
        #expect(try top(state).selectedItem == .innovation(30))
        #expect(try top(state).scroll > 0)
        // Back up, a line of scroll where an item's summary above the view has not been seen.
        var presses = 0
        while try top(state).selectedItem != .innovation(1), presses < 40 {
            _ = DashboardReducer.reduce(into: &state, action: .rowMoved(-1))
            #expect(try cursorInView(state))
            presses += 1
        }
        #expect(try top(state).selectedItem == .innovation(1))
        #expect(presses <= 31)
    }

    @Test("where no item is near, j scrolls one line instead of skipping the text to the next item")
    func noTextSkipped() throws {
        var state = opened(.proposalDetailLoaded(DetailFixtures.longProposal()), width: 80, height: 24)
        #expect(try top(state).selectedItem == nil)
        var presses = 0
        while try top(state).selectedItem == nil, presses < 200 {
            let before = try top(state).scroll
            _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
            #expect(try top(state).scroll - before == 1)
            presses += 1
        }
        let overlay = try top(state)
        #expect(overlay.selectedItem == .historyEntry(7))
        #expect(overlay.cursor == overlay.scroll + DashboardLayout(state: state).overlayLines - 1)
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        #expect(try top(state).selectedItem == .historyEntry(8))
        #expect(try cursorInView(state))
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(-1))
        #expect(try top(state).selectedItem == .historyEntry(7))
    }

    @Test("PgDn, PgUp, Home and End still scroll; the cursor follows, Home and End to the first and last item")
    func pageKeys() throws {
        var state = opened(.agencyDetailLoaded(DetailFixtures.agency(innovations: 30)), width: 80, height: 24)
        let visible = DashboardLayout(state: state).overlayLines
        _ = DashboardReducer.reduce(into: &state, action: .pageMoved(1))
        #expect(try top(state).scroll == visible - 1)
        #expect(try cursorInView(state))
        #expect(try top(state).selectedItem != .innovation(1))
        _ = DashboardReducer.reduce(into: &state, action: .lastRowShown)
        let overlay = try top(state)
        #expect(overlay.scroll == overlay.lineCount - visible)
        #expect(overlay.selectedItem == .session(1))
        _ = DashboardReducer.reduce(into: &state, action: .pageMoved(-1))
        #expect(try top(state).scroll == overlay.lineCount - visible - (visible - 1))
        #expect(try cursorInView(state))
        _ = DashboardReducer.reduce(into: &state, action: .firstRowShown)
        #expect(try top(state).scroll == 0)
        #expect(try top(state).selectedItem == .innovation(1))
    }

    @Test("a reload or a resize keeps the cursor on its item; a reload without it puts the cursor in view")
    func reload() throws {
        var detail = DetailFixtures.agency(innovations: 30)
        var state = opened(.agencyDetailLoaded(detail), width: 80, height: 24)
        for _ in 1...60 where try top(state).selectedItem != .proposal(43) {
            _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        }
        #expect(try top(state).selectedItem == .proposal(43))
        _ = DashboardReducer.reduce(into: &state, action: .agencyDetailLoaded(detail))
        #expect(try top(state).selectedItem == .proposal(43))
        _ = DashboardReducer.reduce(into: &state, action: .resized(Size(width: 120, height: 30)))
        #expect(try top(state).selectedItem == .proposal(43))
        #expect(try cursorInView(state))
        detail.proposals.removeLast()
        _ = DashboardReducer.reduce(into: &state, action: .agencyDetailLoaded(detail))
        #expect(try top(state).selectedItem != nil)
        #expect(try top(state).selectedItem != .proposal(43))
        #expect(try cursorInView(state))
    }

    @Test("the session-day detail selects its sessions one after another")
    func sessionItems() throws {
        var state = opened(.sessionDayLoaded(DetailFixtures.sessionDay()), width: 80, height: 24)
        #expect(try top(state).selectedItem == .session(1))
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        #expect(try top(state).selectedItem == .session(4))
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        #expect(try top(state).selectedItem == .session(5))
        #expect(try cursorInView(state))
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(-1))
        #expect(try top(state).selectedItem == .session(4))
    }

    @Test("Enter on a proposal in the OPD detail opens it on top; Esc returns with the cursor where it was")
    func enterOpensProposal() throws {
        let terminal = MemoryTerminal(size: Size(width: 120, height: 40), colorDepth: .none)
        let catalog = ThemeCatalog(folders: [])
        let runtime = DashboardRuntime(
            backend: terminal, data: DashboardFakeData(), state: DashboardFixtures.state(width: 120, height: 40),
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        runtime.handle(.key(.enter))
        #expect(runtime.state.topOverlay?.selectedItem == .innovation(5))
        runtime.handle(.key(.enter))
        #expect(runtime.state.overlays.count == 1)
        runtime.handle(.key(.character("j")))
        #expect(runtime.state.topOverlay?.selectedItem == .proposal(42))
        runtime.handle(.key(.enter))
        #expect(runtime.state.overlays.count == 2)
        guard case .proposal(let detail) = runtime.state.topOverlay?.kind else {
            Issue.record("the proposal's detail is not on top")
            return
        }
        #expect(detail.proposal.id == 42)
        runtime.handle(.key(.escape))
        #expect(runtime.state.topOverlay?.selectedItem == .proposal(42))
    }

    @Test("n and N put the cursor on a matching item; a match between items only scrolls")
    func searchMovesCursor() throws {
        var state = opened(.agencyDetailLoaded(DetailFixtures.agency()))
        _ = DashboardReducer.reduce(into: &state, action: .searchStarted)
        for character in "antrean" { _ = DashboardReducer.reduce(into: &state, action: .searchTyped(character)) }
        _ = DashboardReducer.reduce(into: &state, action: .searchCommitted)
        _ = DashboardReducer.reduce(into: &state, action: .nextMatchShown)
        #expect(try top(state).selectedItem == .proposal(43))
        _ = DashboardReducer.reduce(into: &state, action: .searchStarted)
        for _ in "antrean" { _ = DashboardReducer.reduce(into: &state, action: .searchErased) }
        for character in "ringkasan" { _ = DashboardReducer.reduce(into: &state, action: .searchTyped(character)) }
        _ = DashboardReducer.reduce(into: &state, action: .searchCommitted)
        _ = DashboardReducer.reduce(into: &state, action: .nextMatchShown)
        let lines = try #require(top(state).document?.lines)
        let summaries = lines.indices.filter { lines[$0].plainText.contains("Ringkasan") }
        #expect(try top(state).match == summaries[0])
        #expect(try top(state).selectedItem == .proposal(43))
        _ = DashboardReducer.reduce(into: &state, action: .nextMatchShown)
        #expect(try top(state).match == summaries[1])
        _ = DashboardReducer.reduce(into: &state, action: .previousMatchShown)
        #expect(try top(state).match == summaries[0])
    }

    @Test("a search hit beyond the screen scrolls to it and selects it")
    func searchScrolls() throws {
        var state = opened(.agencyDetailLoaded(DetailFixtures.agency(innovations: 30)), width: 80, height: 24)
        _ = DashboardReducer.reduce(into: &state, action: .searchStarted)
        for character in "sumber daya" { _ = DashboardReducer.reduce(into: &state, action: .searchTyped(character)) }
        _ = DashboardReducer.reduce(into: &state, action: .searchCommitted)
        _ = DashboardReducer.reduce(into: &state, action: .nextMatchShown)
        #expect(try top(state).selectedItem == .division(11))
        #expect(try top(state).scroll > 0)
        #expect(try cursorInView(state))
    }
}
