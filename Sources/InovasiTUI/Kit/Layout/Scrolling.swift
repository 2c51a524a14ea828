/// Keeps a selected row inside a virtual list's window, moving the window as little as possible.
public enum Scrolling {
    /// The first visible row so that row `selected` of `total` shows in a window of `visible` rows,
    /// starting from the window's current first row `current`.
    public static func offset(keeping selected: Int, visible: Int, current: Int, total: Int) -> Int {
        guard visible > 0, total > 0 else { return 0 }
        var offset = current
        if selected < offset { offset = selected }
        if selected >= offset + visible { offset = selected - visible + 1 }
        return min(max(0, offset), max(0, total - visible))
    }
}
