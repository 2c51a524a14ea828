import ArgumentParser
import InovasiCore
import InovasiStore

/// The proposal a `review` command acts on and the version the user saw.
///
/// Numbers are taken as text and checked here, so a bad one is refused in the chosen language
/// rather than in ArgumentParser's English. The id collects every input ArgumentParser does not
/// recognise: to it `-5` looks like an option, and would otherwise vanish and leave "ID is
/// required" where "-5 is not a valid proposal number" is the truth.
struct ReviewTarget: ParsableArguments {
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(HelpText.reviewID.current, valueName: "id"))
    var given: [String] = []

    /// The id as typed, when exactly one was given (validated before `run()`).
    var id: String? { given.first }

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(HelpText.reviewExpectVersion.current, valueName: "n"))
    var expectVersion: String?

    func validate() throws {
        _ = try ReviewInput.single(given)
        _ = try ReviewInput.version(expectVersion)
    }

    /// The checked proposal number (validated before `run()`).
    var proposalID: Int64 { Int64(id ?? "") ?? 0 }

    /// The version a change must be made against: `--expect-version`, else the current one read
    /// now (an unknown id is refused with the store's message).
    func expectedVersion(in store: Store) throws -> Int64 {
        if let given = try ReviewInput.version(expectVersion) { return given }
        guard let proposal = try store.proposal(id: proposalID) else {
            throw StoreError.unknownProposal(id: proposalID)
        }
        return proposal.version
    }
}

/// `--format text|json` of the commands that report what they did.
struct ActionFormatOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.reviewFormat.current, valueName: "text|json"))
    var format: String = "text"

    func validate() throws {
        guard ["text", "json"].contains(format.lowercased()) else {
            throw InputCheck.refuse(ReviewMessageText.badActionFormat(format))
        }
    }

    /// Whether JSON was asked for (validated before `run()`).
    var json: Bool { format.lowercased() == "json" }
}

/// Checks of `review` input shared by its subcommands.
enum ReviewInput {
    /// A proposal number: given, and a positive whole number.
    static func id(_ text: String?) throws -> Int64 {
        guard let text else { throw InputCheck.refuse(ReviewMessageText.missingOption("ID")) }
        guard let value = Int64(text.trimmingCharacters(in: .whitespaces)), value > 0 else {
            throw InputCheck.refuse(ReviewMessageText.badProposalID(text))
        }
        return value
    }

    /// The one proposal number among the inputs ArgumentParser left over; an unknown option or a
    /// second value is refused by name.
    static func single(_ texts: [String]) throws -> Int64 {
        try refuseUnknownOptions(texts)
        if texts.count > 1 { throw InputCheck.refuse(ReviewMessageText.unexpectedArgument(texts[1])) }
        return try id(texts.first)
    }

    /// Refuses the first input that looks like an option and is not a (negative) number.
    static func refuseUnknownOptions(_ texts: [String]) throws {
        if let option = texts.first(where: { $0.hasPrefix("-") && Int64($0) == nil }) {
            throw InputCheck.refuse(ReviewMessageText.unknownOption(option))
        }
    }

    /// `--expect-version`, when given: a positive whole number.
    static func version(_ text: String?) throws -> Int64? {
        guard let text else { return nil }
        guard let value = Int64(text.trimmingCharacters(in: .whitespaces)), value > 0 else {
            throw InputCheck.refuse(ReviewMessageText.badNumber(text, option: "--expect-version"))
        }
        return value
    }

    /// The versions of `ids` from repeated `--expect-version`: none, or exactly one per id in order.
    static func versions(_ texts: [String], for ids: [Int64]) throws -> [Int64: Int64] {
        guard !texts.isEmpty else { return [:] }
        guard texts.count == ids.count else {
            throw InputCheck.refuse(ReviewMessageText.versionCount(ids: ids.count, versions: texts.count))
        }
        var result: [Int64: Int64] = [:]
        for (id, text) in zip(ids, texts) {
            result[id] = try version(text)
        }
        return result
    }

    /// A score of one criterion given as `option`: required, a whole number from 1 to 5.
    static func score(_ text: String?, option: String) throws -> Int {
        guard let text else { throw InputCheck.refuse(ReviewMessageText.missingOption(option)) }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw InputCheck.refuse(ReviewMessageText.badNumber(text, option: option))
        }
        guard (1...5).contains(value) else {
            throw InputCheck.refuse(InputText.badCount(value, option: option, range: 1...5))
        }
        return value
    }

    /// The criterion a `--criterion-note` names: its option name or its raw name, any case.
    static func criterion(_ name: String) -> ReviewCriterion? {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        return ReviewCriterion.allCases.first { $0.rawValue.lowercased() == key || optionName($0) == key }
    }

    /// The `review score` option of a criterion, without dashes.
    static func optionName(_ criterion: ReviewCriterion) -> String {
        switch criterion {
        case .renewal: "renewal"
        case .benefit: "benefit"
        case .noUndueBurden: "burden"
        case .withinAuthority: "authority"
        case .replicable: "replicable"
        }
    }

    /// `criterion=TEXT` pairs; a later note for the same criterion replaces an earlier one.
    static func criterionNotes(_ texts: [String]) throws -> [ReviewCriterion: String] {
        var notes: [ReviewCriterion: String] = [:]
        for text in texts {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let criterion = criterion(parts[0]) else {
                throw InputCheck.refuse(ReviewMessageText.badCriterionNote(text))
            }
            notes[criterion] = parts[1]
        }
        return notes
    }

    /// Refuses a missing or blank `--note` for a command that needs one.
    static func requireNote(_ note: String?, command: String) throws {
        guard let note, !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw InputCheck.refuse(ReviewMessageText.noteRequired(command))
        }
    }
}
