import InovasiCore

/// One cell of a ``Table`` row: text, and optionally its own role (a status in its colour).
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The cell's text; cut with "…" to the column.
    public var text: String
    /// The cell's look; nil uses the row's.
    public var role: ThemeRole?

    /// A cell showing `text`.
    public init(_ text: String, role: ThemeRole? = nil) {
        self.text = text
        self.role = role
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// One row of a ``Table``: its cells in column order, and optionally a role for the whole row
/// (an overdue proposal).
public struct TableRow: Hashable, Sendable {
    /// The cells in column order; missing cells are blank.
    public var cells: [TableCell]
    /// The row's look; nil is ordinary text.
    public var role: ThemeRole?

    /// A row of `cells`.
    public init(cells: [TableCell], role: ThemeRole? = nil) {
        self.cells = cells
        self.role = role
    }

    /// A row of plain texts.
    public init(_ texts: [String], role: ThemeRole? = nil) {
        self.init(cells: texts.map { TableCell($0) }, role: role)
    }
}

/// A column of a ``Table``: title, width rule and alignment.
public struct TableColumn: Hashable, Sendable {
    /// The header text.
    public var title: String
    /// How wide the column is, shared by ``Layout``.
    public var width: Constraint
    /// Right for numbers, so digits line up.
    public var alignment: TextAlignment

    /// A column titled `title`.
    public init(_ title: String, width: Constraint, alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
