/// A table of text for the terminal or a Markdown file, aligned by display width.
///
/// Every cell comes from the data or from a label, so each is cleaned with ``Sanitizer/clean(_:)``
/// before it is measured: an escape sequence in a title can never reach the terminal raw.
public struct TextTable: Sendable {
    /// Which side of its column a cell sticks to; numbers go right.
    public enum Alignment: Sendable {
        case left
        case right
    }

    /// A column: its heading, its alignment and how wide it may grow before cells are cut.
    public struct Column: Sendable {
        /// The heading text.
        public var title: String
        /// Side the cells stick to.
        public var alignment: Alignment
        /// Widest a cell may be, in columns; longer cells end in `…`. Nil: no limit.
        public var maxWidth: Int?

        /// A column with a heading; left-aligned and unlimited unless told otherwise.
        public init(_ title: String, alignment: Alignment = .left, maxWidth: Int? = nil) {
            self.title = title
            self.alignment = alignment
            self.maxWidth = maxWidth
        }
    }

    /// A line of the table: cells, or a horizontal rule (before a total, say).
    public enum Row: Sendable {
        case cells([String])
        case rule
    }

    /// The columns, left to right.
    public var columns: [Column]
    /// The rows added so far, top to bottom.
    public private(set) var rows: [Row] = []

    /// An empty table with these columns.
    public init(columns: [Column]) {
        self.columns = columns
    }

    /// Appends a row; missing cells are empty, extra cells are dropped.
    public mutating func add(_ cells: [String]) {
        rows.append(.cells(cells))
    }

    /// Appends a horizontal rule (shown in the terminal, skipped in Markdown).
    public mutating func addRule() {
        rows.append(.rule)
    }

    /// The table for a terminal: heading, rule, rows, with two spaces between columns.
    public func render() -> String {
        let header = columns.map { Sanitizer.clean($0.title) }
        let body = rows.map { row -> Row in
            if case .cells(let cells) = row { return .cells(fitted(cells)) }
            return .rule
        }
        let widths = columnWidths([header] + body.compactMap(Self.cells))
        let ruleText = String(repeating: "─", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1))
        var lines = [line(header, widths: widths, separator: "  ")]
        lines.append(ruleText)
        for row in body {
            switch row {
            case .cells(let cells): lines.append(line(cells, widths: widths, separator: "  "))
            case .rule: lines.append(ruleText)
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The table as GitHub-flavoured Markdown, with alignment markers; every cell is escaped by
    /// ``MarkdownText/escape(_:)``, so data cannot become HTML, a link or a new cell.
    public func markdown() -> String {
        let header = columns.map { MarkdownText.escape($0.title) }
        let body = rows.compactMap(Self.cells).map { fitted($0).map(MarkdownText.escape) }
        let widths = columnWidths([header] + body).map { max($0, 3) }
        let markers = zip(columns, widths).map { column, width in
            column.alignment == .right
                ? String(repeating: "-", count: width - 1) + ":"
                : ":" + String(repeating: "-", count: width - 1)
        }
        let rendered = [header, markers] + body
        return rendered.map { "| " + line($0, widths: widths, separator: " | ", trim: false) + " |\n" }.joined()
    }

    static func cells(_ row: Row) -> [String]? {
        if case .cells(let cells) = row { return cells }
        return nil
    }

    /// Cleaned, cut cells, exactly one per column.
    func fitted(_ cells: [String]) -> [String] {
        columns.indices.map { index in
            let clean = index < cells.count ? Sanitizer.clean(cells[index]) : ""
            guard let limit = columns[index].maxWidth else { return clean }
            return TextLayout.truncate(clean, toWidth: limit)
        }
    }

    func columnWidths(_ table: [[String]]) -> [Int] {
        columns.indices.map { index in
            table.map { index < $0.count ? DisplayWidth.of($0[index]) : 0 }.max() ?? 0
        }
    }

    func line(_ cells: [String], widths: [Int], separator: String, trim: Bool = true) -> String {
        let padded = columns.indices.map { index in
            TextLayout.pad(
                index < cells.count ? cells[index] : "", toWidth: widths[index],
                alignment: columns[index].alignment == .right ? .right : .left)
        }
        let joined = padded.joined(separator: separator)
        guard trim else { return joined }
        var text = Substring(joined)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
