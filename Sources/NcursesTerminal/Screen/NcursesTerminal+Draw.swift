import CNcurses
import InovasiTUI

extension NcursesTerminal {
    /// Shows `frame`: copies the cells that changed since the last frame, places the cursor,
    /// and sends everything with one `doupdate`.
    public func draw(_ frame: Canvas) {
        guard let window else { return }
        let canvas = QuietSpaces.applied(to: PlainLines.applied(to: frame))
        if background != canvas.background {
            setBackground(canvas.background, in: window)
        }
        if needsClear {
            needsClear = false
            lastFrame = nil
            clearok(window, true)
        }
        let screenSize = size
        switch FrameDiff.between(lastFrame, canvas) {
        case .all:
            werase(window)
            for index in canvas.cells.indices { put(canvas, index, in: window, screenSize: screenSize) }
        case .cells(let indices):
            for index in indices { put(canvas, index, in: window, screenSize: screenSize) }
        }
        placeCursor(canvas.cursor, in: window, screenSize: screenSize)
        wnoutrefresh(window)
        doupdate()
        lastFrame = canvas
    }

    /// Makes `style`'s colours the window's blank, so ncurses clears with them (with `bce`, one
    /// erase sequence instead of every blank cell written), and repaints everything.
    private func setBackground(_ style: Style, in window: UnsafeMutablePointer<WINDOW>) {
        background = style
        var blank = cchar_t()
        Self.fill(&blank, with: " ", attributes: inovasi_a_normal(), pair: pairNumber(for: style))
        wbkgrnd(window, &blank)
        needsClear = true
    }

    /// Gives the window the terminal's own blank again, so a screen cleared on exit is left in the
    /// terminal's colours rather than the theme's.
    func resetBackground(in window: UnsafeMutablePointer<WINDOW>) {
        background = nil
        var blank = cchar_t()
        Self.fill(&blank, with: " ", attributes: inovasi_a_normal(), pair: 0)
        wbkgrnd(window, &blank)
    }

    private func put(_ canvas: Canvas, _ index: Int, in window: UnsafeMutablePointer<WINDOW>, screenSize: Size) {
        let cell = canvas.cells[index]
        guard !cell.isContinuation else { return }
        let x = index % canvas.size.width
        let y = index / canvas.size.width
        guard x < screenSize.width, y < screenSize.height else { return }
        var character = cchar_t()
        let pair = pairNumber(for: cell.style)
        let attributes = Self.attributes(cell.style.attributes)
        if !Self.fill(&character, with: cell.grapheme, attributes: attributes, pair: pair) {
            Self.fill(&character, with: "\u{FFFD}", attributes: attributes, pair: pair)
        }
        mvwadd_wch(window, Int32(y), Int32(x), &character)
    }

    /// Fills `character` with up to `CCHARW_MAX` scalars of `grapheme` (the base and its marks).
    @discardableResult
    private static func fill(
        _ character: inout cchar_t, with grapheme: Character, attributes: attr_t, pair: Int32
    ) -> Bool {
        let scalars = grapheme.unicodeScalars.prefix(Int(CCHARW_MAX))
        return withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: Int(CCHARW_MAX) + 1) { text in
            var count = 0
            for scalar in scalars {
                text[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            text[count] = 0
            return inovasi_setcchar(&character, text.baseAddress, attributes, pair) == OK
        }
    }

    /// The ncurses pair for the style's colours, telling ncurses about a pair the first time.
    private func pairNumber(for style: Style) -> Int32 {
        guard colorDepth != .none else { return 0 }
        let colors = ColorMapping.pairColors(style, depth: colorDepth, defaultColorsAvailable: defaultColorsAvailable)
        let lookup = pairs.pair(foreground: colors.foreground, background: colors.background)
        if lookup.isNew {
            init_extended_pair(lookup.number, colors.foreground, colors.background)
        }
        return lookup.number
    }

    /// The ncurses attribute bits for `attributes`.
    static func attributes(_ attributes: TextAttributes) -> attr_t {
        var bits = inovasi_a_normal()
        if attributes.contains(.bold) { bits |= inovasi_a_bold() }
        if attributes.contains(.dim) { bits |= inovasi_a_dim() }
        if attributes.contains(.underline) { bits |= inovasi_a_underline() }
        if attributes.contains(.reverse) { bits |= inovasi_a_reverse() }
        if attributes.contains(.italic) { bits |= inovasi_a_italic() }
        return bits
    }

    /// Shows the cursor at `position` (for screen readers), or hides it when there is none.
    private func placeCursor(_ position: Position?, in window: UnsafeMutablePointer<WINDOW>, screenSize: Size) {
        let visible: Bool
        if let position, position.x >= 0, position.y >= 0, position.x < screenSize.width,
            position.y < screenSize.height
        {
            wmove(window, Int32(position.y), Int32(position.x))
            visible = true
        } else {
            visible = false
        }
        if cursorShown != visible {
            curs_set(visible ? 1 : 0)
            cursorShown = visible
        }
    }
}
