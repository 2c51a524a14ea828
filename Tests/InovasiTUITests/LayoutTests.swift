import InovasiTUI
import Testing

@Suite("Layout")
struct LayoutTests {
    @Test("Fixed, percent and fill parts share the room")
    func mixed() {
        #expect(Layout.sizes([.fixed(10), .fill(1), .percent(25)], total: 80) == [10, 50, 20])
        #expect(Layout.sizes([.fill(1), .fill(2)], total: 30) == [10, 20])
    }

    @Test("Min parts take their minimum and grow like fill")
    func minimum() {
        #expect(Layout.sizes([.min(10), .fill(1)], total: 30) == [20, 10])
        #expect(Layout.sizes([.min(25), .fill(1)], total: 30) == [28, 2])
    }

    @Test("The remainder of an uneven share goes to the first growing parts")
    func remainder() {
        #expect(Layout.sizes([.fill(1), .fill(1), .fill(1)], total: 10) == [4, 3, 3])
        #expect(Layout.sizes([.fixed(2), .fill(1), .fill(1)], total: 7) == [2, 3, 2])
    }

    @Test("Spacing is taken before sharing")
    func spacing() {
        #expect(Layout.sizes([.fill(1), .fill(1)], total: 21, spacing: 1) == [10, 10])
        let rects = Layout.split(Rect(x: 2, y: 1, width: 21, height: 5), .horizontal, [.fill(1), .fill(1)], spacing: 1)
        #expect(rects == [Rect(x: 2, y: 1, width: 10, height: 5), Rect(x: 13, y: 1, width: 10, height: 5)])
    }

    @Test("Too little room shrinks the last parts first")
    func shrink() {
        #expect(Layout.sizes([.fixed(10), .fixed(10), .fixed(10)], total: 25) == [10, 10, 5])
        #expect(Layout.sizes([.fixed(10), .fixed(10), .fixed(10)], total: 8) == [8, 0, 0])
        #expect(Layout.sizes([.fixed(5)], total: 0, spacing: 3) == [0])
    }

    @Test("A vertical split stacks header, body and status line")
    func vertical() {
        let rects = Layout.split(Rect(x: 0, y: 0, width: 80, height: 24), .vertical, [.fixed(1), .fill(1), .fixed(1)])
        #expect(rects.map(\.y) == [0, 1, 23])
        #expect(rects.map(\.height) == [1, 22, 1])
        #expect(rects.allSatisfy { $0.width == 80 })
    }

    @Test("Centering clamps to the area")
    func centered() {
        #expect(
            Layout.centered(Size(width: 10, height: 4), in: Rect(x: 0, y: 0, width: 30, height: 10))
                == Rect(x: 10, y: 3, width: 10, height: 4))
        #expect(
            Layout.centered(Size(width: 50, height: 4), in: Rect(x: 5, y: 0, width: 30, height: 10))
                == Rect(x: 5, y: 3, width: 30, height: 4))
    }

    @Test("Scrolling keeps the selection in the window with the least movement")
    func scrolling() {
        #expect(Scrolling.offset(keeping: 5, visible: 10, current: 0, total: 100) == 0)
        #expect(Scrolling.offset(keeping: 10, visible: 10, current: 0, total: 100) == 1)
        #expect(Scrolling.offset(keeping: 3, visible: 10, current: 8, total: 100) == 3)
        #expect(Scrolling.offset(keeping: 99, visible: 10, current: 0, total: 100) == 90)
        #expect(Scrolling.offset(keeping: 2, visible: 10, current: 50, total: 5) == 0)
        #expect(Scrolling.offset(keeping: 4, visible: 0, current: 3, total: 5) == 0)
    }
}
