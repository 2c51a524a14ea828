import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// An overlay's document is built once and kept (issue 9, point 2): keys use the kept lines, and
/// only a change of what the lines show builds them again.
@Suite("Details: the document is kept, not rebuilt per key")
struct DocumentKeptTests {
    func builds(_ state: DashboardState) -> Int { state.topOverlay?.documentBuilds ?? -1 }

    @Test("moving, paging, searching and ticking build nothing; a reload, a resize and L build again")
    func keptUntilInputsChange() {
        var state = DashboardFixtures.state(width: 120, height: 40)
        _ = DashboardReducer.reduce(into: &state, action: .agencyDetailLoaded(DetailFixtures.agency(innovations: 30)))
        #expect(builds(state) == 1)
        let document = state.topOverlay?.document
        var actions: [DashboardAction] = [.rowMoved(1), .rowMoved(1), .rowMoved(-1), .pageMoved(1), .pageMoved(-1)]
        actions += [.searchStarted] + "inovasi".map { .searchTyped($0) } + [.searchCommitted]
        actions += [.nextMatchShown, .nextMatchShown, .previousMatchShown, .lastRowShown, .firstRowShown]
        actions += [.ticked(DashboardFixtures.now.addingTimeInterval(1)), .redrawRequested, .paneFocusedNext]
        for action in actions {
            _ = DashboardReducer.reduce(into: &state, action: action)
            #expect(builds(state) == 1, "\(action)")
        }
        #expect(state.topOverlay?.document == document)
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        let item = state.topOverlay?.selectedItem
        _ = DashboardReducer.reduce(into: &state, action: .agencyDetailLoaded(DetailFixtures.agency(innovations: 30)))
        #expect(builds(state) == 2)
        #expect(state.topOverlay?.selectedItem == item)
        _ = DashboardReducer.reduce(into: &state, action: .resized(Size(width: 90, height: 40)))
        #expect(builds(state) == 3)
        #expect(state.topOverlay?.selectedItem == item)
        _ = DashboardReducer.reduce(into: &state, action: .resized(Size(width: 90, height: 30)))
        #expect(builds(state) == 3)
        _ = DashboardReducer.reduce(into: &state, action: .languageToggled)
        #expect(builds(state) == 4)
        #expect(state.topOverlay?.document?.lines.contains { $0.plainText.contains("Innovations") } == true)
    }

    @Test("a proposal's detail is built again when its age reaches another day, not on every tick")
    func ageInDays() {
        var state = DashboardFixtures.state()
        _ = DashboardReducer.reduce(into: &state, action: .proposalDetailLoaded(DetailFixtures.longProposal()))
        _ = DashboardReducer.reduce(into: &state, action: .ticked(DashboardFixtures.now.addingTimeInterval(60)))
        #expect(builds(state) == 1)
        _ = DashboardReducer.reduce(into: &state, action: .ticked(DashboardFixtures.now.addingTimeInterval(86_400)))
        #expect(builds(state) == 2)
        #expect(state.topOverlay?.document?.lines.contains { $0.plainText.contains("21 hari") } == true)
    }

    @Test("the help is kept too, and follows L")
    func help() {
        var state = DashboardFixtures.state()
        _ = DashboardReducer.reduce(into: &state, action: .helpShown)
        _ = DashboardReducer.reduce(into: &state, action: .rowMoved(1))
        _ = DashboardReducer.reduce(into: &state, action: .ticked(DashboardFixtures.now.addingTimeInterval(1)))
        #expect(builds(state) == 1)
        _ = DashboardReducer.reduce(into: &state, action: .languageToggled)
        #expect(builds(state) == 2)
    }

    @Test("the view draws the kept lines: a state changed without the reducer still draws its own")
    func viewUsesKeptLines() {
        var state = DashboardFixtures.state(width: 80, height: 24)
        _ = DashboardReducer.reduce(into: &state, action: .agencyDetailLoaded(DetailFixtures.agency()))
        let theme = ResolvedTheme(.builtIn, depth: .none)
        let drawn = DashboardView.render(state, theme: theme).text()
        #expect(drawn.contains("Inovasi (2)"))
        state.language = .en
        #expect(DashboardView.render(state, theme: theme).text().contains("Innovations (2)"))
    }
}
