import ArgumentParser
import InovasiApp
import InovasiCore
import InovasiStore

/// `inovasi review score ID --renewal N --benefit N --burden N --authority N --replicable N`: saves the
/// user's scores on the five PP 38/2017 criteria and prints the weighted score against the threshold
/// of the config's scoring rules.
struct ReviewScoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "score", abstract: HelpText.reviewScore.current)
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: ReviewTarget

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(HelpText.reviewCriterion(.renewal).current, valueName: "1-5"))
    var renewal: String?
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(HelpText.reviewCriterion(.benefit).current, valueName: "1-5"))
    var benefit: String?
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(HelpText.reviewCriterion(.noUndueBurden).current, valueName: "1-5"))
    var burden: String?
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(HelpText.reviewCriterion(.withinAuthority).current, valueName: "1-5"))
    var authority: String?
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(HelpText.reviewCriterion(.replicable).current, valueName: "1-5"))
    var replicable: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.reviewScoreNote.current, valueName: "text"))
    var note: String?
    @Option(name: .long, help: ArgumentHelp(HelpText.reviewCriterionNote.current, valueName: "criterion=text"))
    var criterionNote: [String] = []

    @OptionGroup var output: ActionFormatOptions

    func validate() throws {
        _ = try values()
        _ = try ReviewInput.criterionNotes(criterionNote)
    }

    /// The five values by criterion, each checked to be a whole number from 1 to 5.
    func values() throws -> [ReviewCriterion: Int] {
        let given: [(ReviewCriterion, String?)] = [
            (.renewal, renewal), (.benefit, benefit), (.noUndueBurden, burden), (.withinAuthority, authority),
            (.replicable, replicable),
        ]
        var values: [ReviewCriterion: Int] = [:]
        for (criterion, text) in given {
            values[criterion] = try ReviewInput.score(text, option: "--" + ReviewInput.optionName(criterion))
        }
        return values
    }

    func run() throws {
        try CommandRunner.run(global) { context in
            let store = try context.openStore(.readWrite)
            let score = ReviewScore(
                proposalID: target.proposalID, reviewer: context.user, values: try values(),
                criterionNotes: try ReviewInput.criterionNotes(criterionNote), note: note ?? "", scoredAt: context.now)
            let expected = try ReviewInput.version(target.expectVersion)
            try store.saveScore(score, expectedVersion: expected, by: context.user, now: context.now)
            let result = ScoreResult(score, rules: context.settings.scoring)
            if output.json {
                context.console.out(try JSONOutput.encode(result))
            } else {
                context.console.line(result.text(context.language))
            }
        }
    }
}
