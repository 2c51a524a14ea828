import InovasiCore

/// Columns the OPD progress table can be sorted by (`s` cycles, `S` reverses).
public enum ProgressSortColumn: Int, CaseIterable, Sendable {
    /// The store's order: by kind, then name.
    case standard
    case name, initiative, trial, implementation, waiting, overdue, main, divisions

    /// The next column in the cycle.
    public var next: ProgressSortColumn {
        ProgressSortColumn(rawValue: (rawValue + 1) % Self.allCases.count) ?? .standard
    }
}

/// One visible row of the OPD table: an OPD at a depth (kelurahan under their kecamatan).
public struct ProgressRow: Hashable, Sendable, Identifiable {
    public var id: Int64 { progress.agency.id }
    public var progress: AgencyProgress
    /// 0 for an OPD or kecamatan, 1 for a kelurahan under its kecamatan.
    public var depth: Int
    /// For a kecamatan: how many kelurahan it groups (0 for others).
    public var childCount: Int
    public var isCollapsed: Bool
}

/// The OPD progress pane: all rows from the store, the visible ones, sort, filter, selection.
public struct ProgressPaneState: Hashable, Sendable {
    public var all: [AgencyProgress] = []
    /// Rows after grouping, collapsing, filtering and sorting; recomputed only when those change.
    public var rows: [ProgressRow] = []
    public var total: AgencyProgress?
    public var sort: ProgressSortColumn = .standard
    public var descending = false
    public var filter = ""
    /// Kecamatan whose kelurahan are hidden.
    public var collapsed: Set<Int64> = []
    public var selected = 0
    public var scrollTop = 0

    public init() {}

    /// The agency under the cursor.
    public var selectedRow: ProgressRow? { rows.indices.contains(selected) ? rows[selected] : nil }
}
