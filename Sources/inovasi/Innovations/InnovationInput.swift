import ArgumentParser
import Foundation
import InovasiCore
import InovasiStore
import InovasiTUI

/// Reading the values of `inovasi innovation …` the ways people write them; each refusal names its option.
enum InnovationInput {
    /// A choice among an enum's cases by its raw value or its label in either language, ignoring
    /// case, spaces, hyphens and underscores (`pelayanan publik`, `publicService`, `non-digital`).
    static func choice<T: CaseIterable & RawRepresentable>(
        _ text: String, option: String, label: (T) -> Localized, extra: [String: T] = [:]
    ) throws(InputRefusal) -> T where T.RawValue == String {
        let wanted = key(text)
        if let found = extra[wanted] { return found }
        for value in T.allCases {
            let names = [value.rawValue, label(value).id, label(value).en].map(key)
            if names.contains(wanted) { return value }
        }
        let choices = T.allCases.map { label($0).id.lowercased() }.joined(separator: ", ")
        throw InputRefusal(InnovationMessageText.badChoice(text, option: option, choices: choices))
    }

    /// Lower case without spaces, hyphens, underscores and dots.
    static func key(_ text: String) -> String {
        String(text.lowercased().filter { !" -_.".contains($0) })
    }

    static func stage(_ text: String, option: String) throws(InputRefusal) -> Stage {
        try choice(text, option: option, label: \.label)
    }

    static func form(_ text: String) throws(InputRefusal) -> InnovationForm {
        try choice(
            text, option: "--form", label: \.label,
            extra: ["tatakelola": .governance, "pelayanan": .publicService, "lainnya": .otherAffairs])
    }

    static func kind(_ text: String) throws(InputRefusal) -> InnovationKind {
        try choice(text, option: "--kind", label: \.label)
    }

    static func initiatorKind(_ text: String) throws(InputRefusal) -> InitiatorKind {
        try choice(text, option: "--initiator-kind", label: \.label)
    }

    static func enactmentKind(_ text: String) throws(InputRefusal) -> EnactmentKind {
        try choice(
            text, option: "--enactment-kind", label: \.label,
            extra: ["sk": .headDecree, "skkepaladaerah": .headDecree, "skwalikota": .headDecree])
    }

    /// An amount in rupiah: `1.250.000`, `1250000`, `Rp 1.250.000`; not negative.
    static func budget(_ text: String) throws(InputRefusal) -> Int64 {
        guard let value = FieldParsing.number(text), value >= 0 else {
            throw InputRefusal(InnovationMessageText.badBudget(text))
        }
        return value
    }

    /// A day as people write it, as the start of that day in `zone`.
    static func day(_ text: String, option: String, zone: TimeZone) throws(InputRefusal) -> Date {
        guard let day = FieldParsing.date(text) else {
            throw InputRefusal(InnovationMessageText.badDate(text, option: option))
        }
        return day.start(in: zone)
    }

    static func id(_ text: String) throws(InputRefusal) -> Int64 {
        guard let id = Int64(text), id > 0 else { throw InputRefusal(InnovationMessageText.badID(text)) }
        return id
    }

    /// The OPD by code or by full name, any case.
    static func agency(_ text: String, store: Store, context: CommandContext) throws -> Agency {
        if let agency = try store.agency(code: text) { return agency }
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let agency = try store.agencies().first(where: { $0.name.lowercased() == wanted }) { return agency }
        throw CLIFailure.input(InnovationMessageText.unknownOPD(text, path: context.storePath), context.language)
    }

    /// The bidang of `agency` by name, any case.
    static func division(_ name: String, of agency: Agency, store: Store, context: CommandContext) throws -> Division {
        let divisions = try store.divisions(agencyID: agency.id)
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let found = divisions.first(where: { $0.name.lowercased() == wanted }) { return found }
        let known =
            divisions.isEmpty
            ? InnovationMessageText.noBidang.text(context.language) : divisions.map(\.name).joined(separator: ", ")
        throw CLIFailure.input(
            InnovationMessageText.unknownBidang(name, opd: agency.code, known: known), context.language)
    }

    /// The stored innovation, or a refusal naming the number and the file.
    static func existing(_ id: Int64, store: Store, context: CommandContext) throws -> Innovation {
        guard let innovation = try store.innovation(id: id) else {
            throw CLIFailure.input(
                InnovationMessageText.unknownInnovation(id, path: context.storePath), context.language)
        }
        return innovation
    }
}

/// Bad input found while reading an option's value; ``InnovationRunner`` prints it in the run's
/// language with exit status 1.
struct InputRefusal: Error {
    let text: Localized

    init(_ text: Localized) { self.text = text }
}

/// ``CommandRunner`` for the innovation commands: an ``InputRefusal`` becomes a ``CLIFailure``.
enum InnovationRunner {
    static func run(_ options: GlobalOptions, _ body: (CommandContext) throws -> Void) throws {
        try CommandRunner.run(options) { context in
            do {
                try body(context)
            } catch let refusal as InputRefusal {
                throw CLIFailure.input(refusal.text, context.language)
            }
        }
    }
}
