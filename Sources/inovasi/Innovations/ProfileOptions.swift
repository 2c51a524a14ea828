import ArgumentParser
import Foundation
import InovasiCore

/// The IID profile's options, shared by `innovation add` and `innovation edit`: only those given change.
struct ProfileOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(InnovationText.designHelp.current, valueName: "text"))
    var design: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.goalHelp.current, valueName: "text"))
    var goal: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.benefitHelp.current, valueName: "text"))
    var benefit: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.resultHelp.current, valueName: "text"))
    var result: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.budgetHelp.current, valueName: "rupiah"))
    var budget: String?

    @Option(name: .customLong("shared-affair"), help: ArgumentHelp(InnovationText.sharedAffairHelp.current))
    var sharedAffairs: [String] = []

    @Option(name: .long, help: ArgumentHelp(InnovationText.enactmentKindHelp.current, valueName: "sk|perkada|perda"))
    var enactmentKind: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.enactmentNumberHelp.current, valueName: "text"))
    var enactmentNumber: String?

    @Option(name: .long, help: ArgumentHelp(InnovationText.enactmentDateHelp.current, valueName: "date"))
    var enactmentDate: String?

    /// `profile` with the given options applied; a penetapan needs its three parts unless one is
    /// stored already, whose parts the options then change one by one.
    func applied(to profile: InnovationProfile, zone: TimeZone) throws(InputRefusal) -> InnovationProfile {
        var changed = profile
        if let design { changed.design = design }
        if let goal { changed.goal = goal }
        if let benefit { changed.benefit = benefit }
        if let result { changed.result = result }
        if let budget { changed.budget = try InnovationInput.budget(budget) }
        if !sharedAffairs.isEmpty {
            changed.sharedAffairs = sharedAffairs.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        changed.enactment = try enactment(over: profile.enactment, zone: zone)
        return changed
    }

    private func enactment(over stored: Enactment?, zone: TimeZone) throws(InputRefusal) -> Enactment? {
        let kind = try enactmentKind.map { text throws(InputRefusal) in try InnovationInput.enactmentKind(text) }
        let on = try enactmentDate.map { text throws(InputRefusal) in
            try InnovationInput.day(text, option: "--enactment-date", zone: zone)
        }
        if kind == nil, enactmentNumber == nil, on == nil { return stored }
        if let stored {
            return Enactment(kind: kind ?? stored.kind, number: enactmentNumber ?? stored.number, on: on ?? stored.on)
        }
        guard let kind, let enactmentNumber, let on else {
            throw InputRefusal(InnovationMessageText.enactmentIncomplete)
        }
        return Enactment(kind: kind, number: enactmentNumber, on: on)
    }
}
