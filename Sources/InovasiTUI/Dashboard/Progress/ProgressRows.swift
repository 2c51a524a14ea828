import Foundation
import InovasiCore

/// Builds the visible rows of the OPD table: kelurahan grouped under their kecamatan,
/// collapsed groups hidden, filtered by name, sorted by the chosen column.
enum ProgressRows {
    static func build(_ pane: ProgressPaneState) -> [ProgressRow] {
        let children = Dictionary(grouping: pane.all.filter { $0.agency.parentID != nil }) {
            $0.agency.parentID ?? 0
        }
        let topLevel = pane.all.filter { $0.agency.parentID == nil }
        let needle = pane.filter.trimmingCharacters(in: .whitespaces)
        var rows: [ProgressRow] = []
        for parent in sorted(topLevel, pane) {
            let kids = sorted(children[parent.agency.id] ?? [], pane)
            let matchingKids = needle.isEmpty ? kids : kids.filter { matches($0, needle) }
            guard needle.isEmpty || matches(parent, needle) || !matchingKids.isEmpty else { continue }
            let collapsed = needle.isEmpty && pane.collapsed.contains(parent.agency.id)
            rows.append(
                ProgressRow(progress: parent, depth: 0, childCount: kids.count, isCollapsed: collapsed && !kids.isEmpty)
            )
            if !collapsed {
                rows += matchingKids.map { ProgressRow(progress: $0, depth: 1, childCount: 0, isCollapsed: false) }
            }
        }
        return rows
    }

    /// Case- and accent-insensitive match on name or code.
    static func matches(_ row: AgencyProgress, _ needle: String) -> Bool {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        return row.agency.name.range(of: needle, options: options) != nil
            || row.agency.code.range(of: needle, options: options) != nil
    }

    static func sorted(_ rows: [AgencyProgress], _ pane: ProgressPaneState) -> [AgencyProgress] {
        guard pane.sort != .standard else { return pane.descending ? rows.reversed() : rows }
        let keyed = rows.enumerated().map { (offset: $0.offset, row: $0.element, key: key($0.element, pane.sort)) }
        let ordered = keyed.sorted { lhs, rhs in
            if lhs.key != rhs.key { return pane.descending ? lhs.key > rhs.key : lhs.key < rhs.key }
            return lhs.offset < rhs.offset
        }
        return ordered.map(\.row)
    }

    /// A comparable key; numbers as ratios so bidang coverage sorts by share.
    static func key(_ row: AgencyProgress, _ column: ProgressSortColumn) -> SortKey {
        switch column {
        case .standard: .number(0)
        case .name: .text(row.agency.name.lowercased())
        case .initiative: .number(Double(row.innovationsByStage[.initiative] ?? 0))
        case .trial: .number(Double(row.innovationsByStage[.trial] ?? 0))
        case .implementation: .number(Double(row.innovationsByStage[.implementation] ?? 0))
        case .waiting: .number(Double(row.waiting))
        case .overdue: .number(Double(row.overdue))
        case .main: .number(row.hasMainInnovation ? 1 : 0)
        case .divisions:
            .number(row.divisionsTotal == 0 ? 1 : Double(row.divisionsWithMain) / Double(row.divisionsTotal))
        }
    }

    enum SortKey: Comparable {
        case number(Double)
        case text(String)
    }
}
