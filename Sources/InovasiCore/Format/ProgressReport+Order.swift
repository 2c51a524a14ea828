/// A column `inovasi report --sort` orders the OPDs by.
public enum ReportSortColumn: String, CaseIterable, Sendable {
    case code, name, initiative, trial, implementation, waiting, overdue, main, divisions
    /// The reporting year's figures (``YearFigures``), only with `--year`.
    case proposals, approved, revision, rejected, reached, moves, started

    /// Whether the column is a figure, listed largest first (names and codes from A).
    public var isFigure: Bool { self != .code && self != .name }

    /// Whether the column is one of a reporting year's figures, which need `--year`.
    public var needsYear: Bool { Self.yearColumns.contains(self) }

    /// The columns of a reporting year, in the year table's order.
    public static let yearColumns: [ReportSortColumn] = [
        .proposals, .approved, .revision, .rejected, .reached, .moves, .started,
    ]

    /// The figure of this column in `figures`; nil for a column that is not a year's.
    public func value(in figures: YearFigures) -> Int? {
        switch self {
        case .proposals: figures.proposalsIn
        case .approved: figures.approved
        case .revision: figures.revisionRequested
        case .rejected: figures.rejected
        case .reached: figures.reachedImplementation
        case .moves: figures.stageMoves
        case .started: figures.innovationsStarted
        default: nil
        }
    }
}

extension ProgressReport {
    /// The OPDs a supervisor chases first: no main innovation of their own, or proposals overdue.
    public static func isBehind(_ row: AgencyProgress) -> Bool {
        !row.hasMainInnovation || row.overdue > 0
    }

    /// The report with only the rows `keep` accepts; the total and compliance stay the city's.
    public func keeping(_ keep: (AgencyProgress) -> Bool) -> ProgressReport {
        var copy = self
        copy.lines = lines.filter { keep($0.progress) }
        return copy
    }

    /// The report with its rows in one flat list ordered by `column` (figures largest first, names
    /// from A; `reversed` flips it), ties in the usual order. Kelurahan lose their indent, since
    /// they no longer follow their kecamatan.
    public func sorted(by column: ReportSortColumn, reversed: Bool = false) -> ProgressReport {
        let descending = column.isFigure != reversed
        let keyed = lines.enumerated().map { (offset: $0.offset, line: $0.element, key: key($0.element, column)) }
        let ordered = keyed.sorted { lhs, rhs in
            if lhs.key != rhs.key { return descending ? lhs.key > rhs.key : lhs.key < rhs.key }
            return lhs.offset < rhs.offset
        }
        var copy = self
        copy.lines = ordered.map { Line(progress: $0.line.progress, depth: 0) }
        return copy
    }

    func key(_ line: Line, _ column: ReportSortColumn) -> SortKey {
        let row = line.progress
        if let figures = year?.figures(of: row.agency.id), let value = column.value(in: figures) {
            return .number(Double(value))
        }
        switch column {
        case .code: return .text(row.agency.code.lowercased())
        case .name: return .text(row.agency.name.lowercased())
        case .initiative: return .number(Double(row.innovationsByStage[.initiative] ?? 0))
        case .trial: return .number(Double(row.innovationsByStage[.trial] ?? 0))
        case .implementation: return .number(Double(row.innovationsByStage[.implementation] ?? 0))
        case .waiting: return .number(Double(row.waiting))
        case .overdue: return .number(Double(row.overdue))
        case .main: return .number(row.hasMainInnovation ? 1 : 0)
        case .divisions:
            guard row.divisionsTotal > 0 else { return .number(-1) }
            return .number(Double(row.divisionsWithMain) / Double(row.divisionsTotal))
        case .proposals, .approved, .revision, .rejected, .reached, .moves, .started: return .number(0)
        }
    }

    /// A comparable sort key: a figure or a lowercased text.
    enum SortKey: Comparable {
        case number(Double)
        case text(String)
    }
}
