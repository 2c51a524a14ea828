import InovasiCore

/// The drawing shared by ``Block`` and ``Popup``: clear, border, titles.
struct Frame {
    struct Look {
        var border: Style
        var title: Style
        var fill: Style
    }

    /// A left title keeps at least this many columns before a right title is given up.
    static let minimumTitleWidth = 10

    var borders: BorderSet
    var title: String?
    var rightTitle: String?
    var bottomTitle: String? = nil

    func draw(into canvas: inout Canvas, area: Rect, look: Look) {
        let area = area.clipped(to: canvas.bounds)
        guard area.width >= 2, area.height >= 2 else {
            canvas.fill(area, style: look.fill)
            return
        }
        canvas.fill(area, style: look.fill)
        let right = area.maxX - 1
        let bottom = area.maxY - 1
        canvas.horizontalLine(
            x: area.x + 1, y: area.y, width: area.width - 2, grapheme: borders.horizontal, style: look.border)
        canvas.horizontalLine(
            x: area.x + 1, y: bottom, width: area.width - 2, grapheme: borders.horizontal, style: look.border)
        canvas.verticalLine(
            x: area.x, y: area.y + 1, height: area.height - 2, grapheme: borders.vertical, style: look.border)
        canvas.verticalLine(
            x: right, y: area.y + 1, height: area.height - 2, grapheme: borders.vertical, style: look.border)
        canvas.set(Cell(grapheme: borders.topLeft, style: look.border), x: area.x, y: area.y)
        canvas.set(Cell(grapheme: borders.topRight, style: look.border), x: right, y: area.y)
        canvas.set(Cell(grapheme: borders.bottomLeft, style: look.border), x: area.x, y: bottom)
        canvas.set(Cell(grapheme: borders.bottomRight, style: look.border), x: right, y: bottom)
        drawTitles(into: &canvas, area: area, look: look)
    }

    /// Titles sit on the top border as " Title ", the right one ending one cell before the corner.
    /// The counter and the bottom summary are the title's colour without its bold: they change on
    /// every move, and each bold on or off costs a reset and both colours again (issue 14).
    private func drawTitles(into canvas: inout Canvas, area: Rect, look: Look) {
        var quiet = look.title
        quiet.attributes.remove(.bold)
        let room = area.width - 4
        guard room > 0 else { return }
        let leftText = title.map { " \(Sanitizer.clean($0)) " } ?? ""
        let rightText = rightTitle.map { " \(Sanitizer.clean($0)) " } ?? ""
        let leftWidth = DisplayWidth.of(leftText)
        let rightWidth = DisplayWidth.of(rightText)
        let keptLeft = min(leftWidth, Self.minimumTitleWidth)
        let showRight = rightWidth > 0 && rightWidth + 1 + keptLeft <= room
        if leftWidth > 0 {
            let limit = showRight ? room - rightWidth - 1 : room
            let text = leftWidth <= limit ? leftText : TextLayout.truncate(leftText, toWidth: limit - 1) + " "
            canvas.put(text, x: area.x + 2, y: area.y, maxWidth: limit, style: look.title)
        }
        if showRight {
            canvas.put(rightText, x: area.maxX - 2 - rightWidth, y: area.y, maxWidth: rightWidth, style: quiet)
        }
        if let bottomTitle, !bottomTitle.isEmpty {
            let text = TextLayout.truncate(" \(bottomTitle) ", toWidth: room)
            let width = DisplayWidth.of(text)
            canvas.put(text, x: area.maxX - 2 - width, y: area.maxY - 1, maxWidth: width, style: quiet)
        }
    }
}
