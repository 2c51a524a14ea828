import Foundation
import InovasiApp
import InovasiCore
import InovasiStore
import Yams

/// Times the IID planner (issue 15) on the bench store, treated as one region (the national store
/// too: every innovation in one estimate, the heaviest case): the store's read of the planner's
/// input, the estimate, the ten best actions, a what-if key (a level changed, the estimate updated,
/// the actions ranked again), and `inovasi iid --format markdown` as a whole.
struct IIDBench {
    let now: Date
    let language: Language
    let repetitions: Int
    let settings = Settings.standard

    /// The shipped rules of the year the bench estimates.
    static let year = 2026

    func run(store: Store) throws -> [(Metric, Samples)] {
        let rules = try Self.rules()
        let formula = try IIDFormula(rules)
        var read = Samples()
        var estimate = Samples()
        var actions = Samples()
        var whatIf = Samples()
        var briefing = Samples()
        for _ in 0..<repetitions {
            let (input, readTime) = try Stopwatch.timed {
                try store.iidPlanInput(year: Self.year, rules: rules, zone: settings.timeZone)
            }
            read.add(readTime)
            let (result, estimateTime) = Stopwatch.timed { IIDEstimate(formula: formula, input: input) }
            estimate.add(estimateTime)
            let (list, actionTime) = Stopwatch.timed {
                IIDActionRanker(estimate: result, input: input).actions(top: 10)
            }
            guard !list.isEmpty else { throw BenchFailure.emptyReport("iid actions") }
            actions.add(actionTime)
            whatIf.add(try Self.whatIf(result, input: input))
            let (text, renderTime) = Stopwatch.timed {
                IIDPlanReport(formula: formula, input: input, top: 10, city: settings.cityName, language: language)
                    .markdown()
            }
            guard !text.isEmpty else { throw BenchFailure.emptyReport("iid --format markdown") }
            briefing.add(readTime + renderTime)
        }
        return [
            (.iidRead, read), (.iidEstimate, estimate), (.iidActions, actions), (.iidWhatIf, whatIf),
            (.iidBriefing, briefing),
        ]
    }

    /// The time of one what-if key on the planner's own working copy (made, and made unique,
    /// before the clock starts): the video of the last innovation sent set to 3, the estimate
    /// updated in place and the ten best actions ranked again.
    static func whatIf(_ base: IIDEstimate, input: IIDPlanInput) throws -> Double {
        guard let target = base.innovations.last(where: \.sent) else { return 0 }
        var working = input
        var estimate = base
        let first = IIDLevelChange(innovationID: target.id, indicator: "35", level: 2)
        IIDWhatIf.update(&estimate, input: &working, changes: [first])
        let change = IIDLevelChange(innovationID: target.id, indicator: "35", level: 3)
        let (list, time) = Stopwatch.timed {
            IIDWhatIf.update(&estimate, input: &working, changes: [change])
            return IIDActionRanker(estimate: estimate, input: working).actions(top: 10)
        }
        guard !list.isEmpty else { throw BenchFailure.emptyReport("iid what-if") }
        return time
    }

    /// The shipped rules of ``year``, decoded as `inovasi iid` decodes them.
    static func rules() throws -> IIDRules {
        guard let text = IIDShippedRules.files[year] else { throw BenchFailure.emptyReport("iid rules \(year)") }
        return try YAMLDecoder().decode(IIDRulesFile.self, from: text).rules()
    }
}
