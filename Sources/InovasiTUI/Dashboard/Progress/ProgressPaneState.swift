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
    /// The OPD's id, so the selection survives a reload or a new sort.
    public var id: Int64 { progress.agency.id }
    /// The OPD's counts shown in the row.
    public var progress: AgencyProgress
    /// 0 for an OPD or kecamatan, 1 for a kelurahan under its kecamatan.
    public var depth: Int
    /// For a kecamatan: how many kelurahan it groups (0 for others).
    public var childCount: Int
    /// For a kecamatan: whether its kelurahan are hidden, shown with a marker in the row.
    public var isCollapsed: Bool
}

/// The OPD progress pane: all rows from the store, the visible ones, sort, filter, selection.
public struct ProgressPaneState: Hashable, Sendable {
    /// Every OPD's progress as the store last gave it, before grouping and filtering.
    public var all: [AgencyProgress] = []
    /// Rows after grouping, collapsing, filtering and sorting; recomputed only when those change.
    public var rows: [ProgressRow] = []
    /// The city total for the footer row; nil until progress is loaded.
    public var total: AgencyProgress?
    /// The column the table is sorted by.
    public var sort: ProgressSortColumn = .standard
    /// Whether the sort is reversed.
    public var descending = false
    /// Text typed after `/`: lists OPDs whose name or code contains it (any case or accents), with their kecamatan.
    public var filter = ""
    /// Kecamatan whose kelurahan are hidden.
    public var collapsed: Set<Int64> = []
    /// Index in `rows` of the row under the cursor.
    public var selected = 0
    /// Index in `rows` of the first row shown.
    public var scrollTop = 0
    /// The reporting year shown (`y`), nil for today's table of every year.
    public var year: ReportingYear?
    /// That year's figures once read; nil while they load.
    public var yearFigures: YearReport?

    public init() {}

    /// The agency under the cursor.
    public var selectedRow: ProgressRow? { rows.indices.contains(selected) ? rows[selected] : nil }
}
