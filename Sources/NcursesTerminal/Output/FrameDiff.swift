import InovasiTUI

/// Which cells of a frame have to reach ncurses.
///
/// ncurses compares its screens too, but copying only the changed cells saves building a `cchar_t`
/// for each of the thousands of cells that did not change between two frames.
enum FrameDiff: Hashable, Sendable {
    /// Every cell: the first frame, a new size, or a repaint was asked for.
    case all
    /// Only these cell indices (row-major, as in ``Canvas/cells``), in order.
    case cells([Int])

    /// The cells of `next` to send when `previous` is on the screen.
    static func between(_ previous: Canvas?, _ next: Canvas) -> FrameDiff {
        guard let previous, previous.size == next.size else { return .all }
        var changed: [Int] = []
        for index in next.cells.indices where next.cells[index] != previous.cells[index] {
            changed.append(index)
        }
        return .cells(changed)
    }
}
