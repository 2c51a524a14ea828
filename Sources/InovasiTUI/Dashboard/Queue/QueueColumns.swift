import InovasiCore

/// A column of the review queue; which of them show depends on the pane's width and the sort.
public enum QueueColumn: CaseIterable, Hashable, Sendable {
    case mark, age, status, agency, title, score, assignee

    /// The column the queue's order is read from, so it is never left out.
    public static func sorted(by sort: QueueQuery.Sort) -> QueueColumn {
        switch sort {
        case .age: .age
        case .score: .score
        case .agency: .agency
        case .title: .title
        }
    }

    /// Cells the column takes; nil for the title, which takes what the others leave.
    var fixedWidth: Int? {
        switch self {
        case .mark: 1
        case .age: 5
        case .status: 10
        case .agency: 12
        case .title: nil
        case .score: 5
        case .assignee: 8
        }
    }
}

/// Chooses the queue's columns by width: the mark, the age (it carries the overdue mark), the
/// title and the sort column always; then OPD, status, score and reviewer, each only while the
/// title keeps `minimumTitleWidth` cells. Shown in the usual left-to-right order.
public enum QueueColumns {
    /// The title's share below which an optional column gives its room back: at 120 columns the
    /// three-pane queue shows titles of 30 cells and more instead of 18.
    public static let minimumTitleWidth = 30
    /// Cells between two columns, as the table draws them.
    static let spacing = 1

    /// The columns shown in a table `width` cells wide, sorted by `sort`.
    public static func choose(width: Int, sort: QueueQuery.Sort) -> [QueueColumn] {
        var chosen: Set<QueueColumn> = [.mark, .age, .title, QueueColumn.sorted(by: sort)]
        for optional in [QueueColumn.agency, .status, .score, .assignee] where !chosen.contains(optional) {
            let trial = chosen.union([optional])
            if titleWidth(trial, width: width) >= minimumTitleWidth { chosen = trial }
        }
        return QueueColumn.allCases.filter(chosen.contains)
    }

    /// What the title is left with when `columns` share `width` cells.
    static func titleWidth(_ columns: Set<QueueColumn>, width: Int) -> Int {
        let fixed = columns.compactMap(\.fixedWidth).reduce(0, +)
        return width - fixed - spacing * (columns.count - 1)
    }
}
