import Foundation
import InovasiCore

/// Which OPDs mentoring must reach: those without a main innovation that no session (cancelled ones
/// do not count) serves in the coming thirty days. The store answers it in SQL
/// (`Store.uncoveredAgencies`); this rule is the same question for sources without one.
enum CoverageRule {
    /// The uncovered OPDs by name, from the progress rows and the sessions the pane already holds.
    static func uncovered(_ progress: [AgencyProgress], sessions: [MentoringSession]) -> [AgencyProgress] {
        let served = Set(sessions.filter { $0.status != .cancelled }.flatMap(\.agencyIDs))
        return
            progress
            .filter { !$0.hasMainInnovation && !served.contains($0.agency.id) }
            .sorted { $0.agency.name.localizedStandardCompare($1.agency.name) == .orderedAscending }
    }

    /// The uncovered OPDs the store found, by name as the agenda lists them.
    static func byName(_ agencies: [Agency]) -> [Agency] {
        agencies.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }
}
