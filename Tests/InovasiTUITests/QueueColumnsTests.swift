import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// Issue 12 point 5: the queue's columns are chosen by width, the sort column always shows and
/// titles take what is left, in the three-pane layout at 120 and 160 columns and in the tabs.
@Suite("Queue columns")
struct QueueColumnsTests {
    static let longTitle = "Sistem Informasi Pelayanan Perizinan Terpadu Satu Pintu Berbasis Daring"

    /// A runtime at `size` on a queue of long titles, sorted by `sort`, with `keys` pressed.
    func frame(_ size: Size, sort: QueueQuery.Sort, keys: [Key] = []) -> (Canvas, DashboardState) {
        let terminal = MemoryTerminal(size: size, colorDepth: .none)
        let catalog = ThemeCatalog(folders: [])
        let data = DashboardFakeData()
        data.queue = DashboardFixtures.queueItems(count: 5).map { item in
            var item = item
            item.title = Self.longTitle
            item.score = 4.2
            item.assignee = "rina.h"
            return item
        }
        var state = DashboardFixtures.state(width: size.width, height: size.height)
        state.queue.query.sort = sort
        let runtime = DashboardRuntime(
            backend: terminal, data: data, state: state,
            themes: ThemeSwitcher(catalog: catalog, selection: catalog.select(nil)), clock: { DashboardFixtures.now })
        runtime.start()
        for key in keys { runtime.handle(.key(key)) }
        return (runtime.canvas, runtime.state)
    }

    /// The queue table's inner width in the layout of `state`.
    func innerWidth(_ state: DashboardState) throws -> Int {
        try #require(DashboardLayout(state: state).panes[.queue]).width - 2
    }

    @Test("the sort column always shows, at 120 and 160 columns and in the tabs", arguments: [80, 120, 160])
    func sortColumnShown(width: Int) throws {
        for sort in QueueQuery.Sort.allCases {
            let (_, state) = frame(Size(width: width, height: 40), sort: sort, keys: [.character("3")])
            let shown = QueueColumns.choose(width: try innerWidth(state), sort: sort)
            #expect(shown.contains(QueueColumn.sorted(by: sort)), "\(sort) at \(width)")
            #expect(shown.contains(.title) && shown.contains(.age) && shown.contains(.mark))
        }
    }

    @Test("at 120 columns the three-pane queue gives titles 30 cells and more, sorted by score too")
    func titlesAt120() throws {
        for sort in [QueueQuery.Sort.age, .score] {
            let (canvas, state) = frame(Size(width: 120, height: 40), sort: sort)
            let width = try innerWidth(state)
            let shown = QueueColumns.choose(width: width, sort: sort)
            #expect(QueueColumns.titleWidth(Set(shown), width: width) >= QueueColumns.minimumTitleWidth)
            #expect(canvas.text().contains(String(Self.longTitle.prefix(28))))
            if sort == .score { #expect(canvas.text().contains("4,2")) }
        }
    }

    @Test("at 160 columns the three-pane queue shows status, OPD and score beside a long title")
    func columnsAt160() throws {
        let (canvas, state) = frame(Size(width: 160, height: 48), sort: .age)
        let shown = QueueColumns.choose(width: try innerWidth(state), sort: .age)
        #expect(shown == [.mark, .age, .status, .agency, .title, .score])
        let text = canvas.text()
        #expect(text.contains("Nilai") && text.contains("DINKES") && text.contains("4,2"))
        #expect(text.contains(String(Self.longTitle.prefix(30))))
    }

    @Test("the tabbed queue at 80 columns shows every column, reviewer included")
    func tabsShowAll() throws {
        let (canvas, state) = frame(Size(width: 80, height: 24), sort: .age, keys: [.character("3")])
        #expect(QueueColumns.choose(width: try innerWidth(state), sort: .age) == QueueColumn.allCases)
        #expect(canvas.text().contains("rina.h"))
    }

    @Test("a narrow pane keeps the sort column before any other optional one")
    func narrowKeepsSort() {
        #expect(QueueColumns.choose(width: 40, sort: .score) == [.mark, .age, .title, .score])
        #expect(QueueColumns.choose(width: 40, sort: .age) == [.mark, .age, .title])
        #expect(QueueColumns.choose(width: 40, sort: .agency) == [.mark, .age, .agency, .title])
    }
}
