import InovasiCore

/// The meaning of a piece of text in a detail view; the view maps it to a theme role.
public enum Tone: Hashable, Sendable {
    case normal, heading, label, muted, warning, ok, error
    case status(ProposalStatus)
    case stage(Stage)
    /// A session's institution tag (LAN, PAN, BRIN, DAGRI …).
    case institution(Institution)
}

/// A run of text with one tone.
public struct DocSpan: Hashable, Sendable {
    /// The words of the span; the canvas cleans and measures them when it draws.
    public var text: String
    /// What the words mean, which picks their colour in the theme.
    public var tone: Tone

    public init(_ text: String, _ tone: Tone = .normal) {
        self.text = text
        self.tone = tone
    }
}

/// One line of a scrollable detail view, already wrapped to the view's width.
public struct DocLine: Hashable, Sendable {
    /// The line's runs of text, left to right; an empty list is a blank line.
    public var spans: [DocSpan]
    /// The item the line names, which the overlay's cursor can select; nil for text around the items.
    public var item: DetailItem?

    public init(_ spans: [DocSpan], item: DetailItem? = nil) {
        self.spans = spans
        self.item = item
    }

    /// An empty line.
    public static let blank = DocLine([])

    /// The line as plain text, for search.
    public var plainText: String { spans.map(\.text).joined() }
}

/// Builds wrapped lines for a detail view.
struct DocBuilder {
    let width: Int
    private(set) var lines: [DocLine] = []

    init(width: Int) { self.width = max(10, width) }

    /// A heading after a blank line; `item` when the heading names something selectable.
    mutating func heading(_ text: String, item: DetailItem? = nil) {
        if !lines.isEmpty { lines.append(.blank) }
        lines.append(DocLine([DocSpan(text, .heading)], item: item))
    }

    /// `label: value`, the value wrapped under itself.
    mutating func field(_ label: String, _ value: String, _ tone: Tone = .normal) {
        let labelWidth = min(24, width / 3)
        let valueWidth = max(8, width - labelWidth - 1)
        let wrapped = TextLayout.wrap(Sanitizer.clean(value), width: valueWidth)
        for (index, piece) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
            let head =
                index == 0
                ? TextLayout.pad(TextLayout.truncate(label, toWidth: labelWidth), toWidth: labelWidth)
                : String(repeating: " ", count: labelWidth)
            lines.append(DocLine([DocSpan(head, .label), DocSpan(" "), DocSpan(piece, tone)]))
        }
    }

    /// A paragraph of long text, wrapped to the full width.
    mutating func paragraph(_ text: String, _ tone: Tone = .normal, indent: Int = 0) {
        let pad = String(repeating: " ", count: indent)
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for piece in TextLayout.wrap(Sanitizer.clean(String(paragraph)), width: width - indent) {
                lines.append(DocLine([DocSpan(pad + piece, tone)]))
            }
        }
    }

    /// A line of spans, cut to the width; `item` when the line names something selectable.
    mutating func line(_ spans: [DocSpan], item: DetailItem? = nil) {
        lines.append(DocLine(spans, item: item))
    }

    mutating func blank() { lines.append(.blank) }
}
