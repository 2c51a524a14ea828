import Foundation
import InovasiCore

/// Small hand-computed planner inputs over ``IIDFixture``'s 2026 rules (penerapan required).
enum IIDPlanFixture {
    static let rules: IIDRules = {
        var rules = IIDFixture.rules
        rules.requiredStage = .implementation
        rules.lastOfficial = IIDOfficialResult(year: 2025, index: 48.30, predicate: "Inovatif")
        return rules
    }()

    static func formula() throws -> IIDFormula { try IIDFormula(rules) }

    static let inWindow = CalendarDay(year: 2025, month: 3, day: 1)

    /// An innovation sent (in the window, at penerapan) of `agency`, covering `affairs`.
    static func sent(
        _ id: Int64, agency: Int64 = 1, affairs: [String], answers: [String: IIDScore.Answer] = IIDFixture.allAt(1)
    ) -> IIDInnovationFacts {
        IIDInnovationFacts(
            id: id, title: "Inovasi \(id)", agencyID: agency, agencyName: "OPD \(agency)", affairs: affairs,
            stage: .implementation, implementedOn: inWindow, answers: answers)
    }

    /// Six innovations at level 1 everywhere, one per basic-service affair (agency 1 for the first
    /// three, 2 for the others), three that are not sent, and SPD 1 at 3 and 6a at 2.
    static let sixAtOne: IIDPlanInput = {
        var innovations = IIDFixture.affairs.enumerated().map { position, affair in
            sent(Int64(position + 1), agency: position < 3 ? 1 : 2, affairs: [affair])
        }
        innovations.append(
            IIDInnovationFacts(
                id: 7, title: "Lama", agencyID: 1, agencyName: "OPD 1", affairs: ["sosial"], stage: .implementation,
                implementedOn: CalendarDay(year: 2023, month: 6, day: 1), answers: IIDFixture.allAt(3)))
        innovations.append(
            IIDInnovationFacts(
                id: 8, title: "Uji coba", agencyID: 1, agencyName: "OPD 1", affairs: ["sosial"], stage: .trial,
                implementedOn: inWindow, answers: IIDFixture.allAt(3)))
        innovations.append(
            IIDInnovationFacts(
                id: 9, title: "Berhenti", agencyID: 2, agencyName: "OPD 2", affairs: ["sosial"],
                stage: .implementation, implementedOn: inWindow, stopped: true, answers: IIDFixture.allAt(3)))
        return IIDPlanInput(
            year: 2026, spdAnswers: ["1": .init(level: 3), "6a": .init(level: 2)], innovations: innovations)
    }()
}
