/// The one-cell move against burn-in: the kiosk draws into a canvas one cell smaller than the
/// screen and places it at one of a few offsets, so no cell shows the same line for hours.
///
/// A dimension only shrinks where the screen has a cell to spare beyond the layout's minimum
/// (``LayoutMode/minimum``): on the 80×25 Linux console the picture moves up and down but not
/// sideways, because 79 columns would be too narrow for the layout.
enum KioskShift {
    /// The offsets cycled through, one step per move: still, right, right and down, down.
    static let offsets = [Position(x: 0, y: 0), Position(x: 1, y: 0), Position(x: 1, y: 1), Position(x: 0, y: 1)]

    /// The size the kiosk lays its picture out in on a `screen`: one cell less where there is room.
    static func canvasSize(screen: Size, rules: KioskRules) -> Size {
        guard rules.shiftInterval > 0 else { return screen }
        let minimum = LayoutMode.minimum
        return Size(
            width: screen.width > minimum.width ? screen.width - 1 : screen.width,
            height: screen.height > minimum.height ? screen.height - 1 : screen.height)
    }

    /// Where a picture of `picture`'s size sits on `screen` at move `step`: the offset, limited to
    /// the room there is.
    static func offset(step: Int, picture: Size, screen: Size) -> Position {
        let wanted = offsets[((step % offsets.count) + offsets.count) % offsets.count]
        return Position(
            x: min(wanted.x, max(0, screen.width - picture.width)),
            y: min(wanted.y, max(0, screen.height - picture.height)))
    }

    /// `picture` placed on a canvas of `screen` at move `step`, the spare cells in `fill`.
    static func placed(_ picture: Canvas, on screen: Size, step: Int, fill: Style) -> Canvas {
        guard picture.size != screen else { return picture }
        let offset = offset(step: step, picture: picture.size, screen: screen)
        var canvas = Canvas(size: screen, fill: fill)
        for y in 0..<picture.size.height {
            for x in 0..<picture.size.width {
                canvas.set(picture[x, y], x: x + offset.x, y: y + offset.y)
            }
        }
        canvas.cursor = picture.cursor.map { Position(x: $0.x + offset.x, y: $0.y + offset.y) }
        return canvas
    }
}
