import ArgumentParser
import Foundation
import InovasiCore

/// Every field of a proposal as an option, shared by `proposal add` (where some are required)
/// and `proposal edit` (where only those given change). Long texts also come from a file.
struct ProposalFieldOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.titleHelp.current, valueName: "text"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.opdHelp.current, valueName: "opd"))
    var opd: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.bidangHelp.current, valueName: "name"))
    var bidang: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.formHelp.current, valueName: "form"))
    var form: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.kindHelp.current, valueName: "kind"))
    var kind: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.initiatorKindHelp.current, valueName: "kind"))
    var initiatorKind: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.initiatorHelp.current, valueName: "name"))
    var initiator: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.affairHelp.current, valueName: "text"))
    var affair: String?

    @OptionGroup var texts: ProposalTextOptions

    @Option(name: .long, help: ArgumentHelp(InnovationText.budgetHelp.current, valueName: "rupiah"))
    var budget: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.trialHelp.current, valueName: "date"))
    var trialOn: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.implementationHelp.current, valueName: "date"))
    var implementationOn: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.proposerHelp.current, valueName: "name"))
    var proposer: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.contactHelp.current, valueName: "text"))
    var contact: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.submittedHelp.current, valueName: "date"))
    var submitted: String?

    /// `proposal` with the given plain fields applied (the OPD and bidang are placed by the caller).
    func applied(to proposal: Proposal, zone: TimeZone, input: TextInputSource) throws(InputRefusal) -> Proposal {
        var changed = proposal
        if let title { changed.title = title }
        if let form { changed.form = try InnovationInput.form(form) }
        if let kind { changed.kind = try InnovationInput.kind(kind) }
        if let initiatorKind { changed.initiatorKind = try InnovationInput.initiatorKind(initiatorKind) }
        if let initiator { changed.initiatorName = initiator }
        if let affair { changed.affair = affair }
        try texts.apply(to: &changed, input: input)
        if let budget { changed.budget = try ProposalInput.budget(budget) }
        if let trialOn { changed.plannedTrialOn = try InnovationInput.day(trialOn, option: "--trial-on", zone: zone) }
        if let implementationOn {
            changed.plannedImplementationOn = try InnovationInput.day(
                implementationOn, option: "--implementation-on", zone: zone)
        }
        if let proposer { changed.proposerName = proposer.isEmpty ? nil : proposer }
        if let contact { changed.proposerContact = contact.isEmpty ? nil : contact }
        if let submitted { changed.submittedAt = try ProposalInput.time(submitted, option: "--submitted", zone: zone) }
        return changed
    }
}

/// The four long texts, each as text or from a file (`-`: standard input, for one of them only).
struct ProposalTextOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.designHelp.current, valueName: "text"))
    var design: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.textFileHelp.current, valueName: "path"))
    var designFile: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.goalHelp.current, valueName: "text"))
    var goal: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.textFileHelp.current, valueName: "path"))
    var goalFile: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.benefitHelp.current, valueName: "text"))
    var benefit: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.textFileHelp.current, valueName: "path"))
    var benefitFile: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.resultHelp.current, valueName: "text"))
    var result: String?

    @Option(name: .long, help: ArgumentHelp(ProposalCommandText.textFileHelp.current, valueName: "path"))
    var resultFile: String?

    /// Each long text with its option name and its file option.
    var pairs: [(option: String, text: String?, file: String?, field: WritableKeyPath<Proposal, String>)] {
        [
            ("--design", design, designFile, \.design), ("--goal", goal, goalFile, \.goal),
            ("--benefit", benefit, benefitFile, \.benefit), ("--result", result, resultFile, \.expectedResult),
        ]
    }

    func validate() throws {
        for pair in pairs where pair.text != nil && pair.file != nil {
            throw InputCheck.refuse(ProposalMessageText.twoTexts(pair.option))
        }
        if pairs.filter({ $0.file == "-" }).count > 1 { throw InputCheck.refuse(ProposalMessageText.stdinTwice) }
    }

    /// Whether the text of `option` (`--design` …) is given, as text or as a file.
    func gives(_ option: String) -> Bool {
        pairs.contains { $0.option == option && ($0.text != nil || $0.file != nil) }
    }

    func apply(to proposal: inout Proposal, input: TextInputSource) throws(InputRefusal) {
        for pair in pairs {
            if let text = pair.text { proposal[keyPath: pair.field] = text }
            if let file = pair.file {
                proposal[keyPath: pair.field] = try input.read(file, option: pair.option + "-file")
            }
        }
    }
}

/// Where `-file` options read from: a path, or standard input for `-`.
struct TextInputSource {
    var standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }

    /// The file's text, UTF-8 only, without the final line break.
    func read(_ path: String, option: String) throws(InputRefusal) -> String {
        let data: Data
        if path == "-" {
            data = standardInput()
        } else {
            guard let read = FileManager.default.contents(atPath: path) else {
                throw InputRefusal(ProposalMessageText.unreadableFile(path, option: option))
            }
            data = read
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw InputRefusal(ProposalMessageText.notUTF8(path == "-" ? "stdin" : path, option: option))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}
