import Foundation
import InovasiCore
import InovasiStore

/// Reading the values of `inovasi proposal …` the ways people write them; each refusal names its option.
enum ProposalInput {
    /// An amount in rupiah as ``ValueParsing`` reads it (`1.250.000`, `1250000`, `Rp 1.250.000`);
    /// not negative, not beyond what the store holds.
    static func budget(_ text: String) throws(InputRefusal) -> Int64 {
        guard let value = ValueParsing.number(text), value >= 0 else {
            throw InputRefusal(ProposalMessageText.badBudget(text))
        }
        return value
    }

    /// A day as people write it (`7/12/2026`, `7 Desember 2026`, `2026-12-07`), as the start of
    /// that day in `zone`.
    static func time(_ text: String, option: String, zone: TimeZone) throws(InputRefusal) -> Date {
        guard let day = ValueParsing.date(text) else {
            throw InputRefusal(InnovationMessageText.badDate(text, option: option))
        }
        return day.start(in: zone)
    }

    /// The OPD by code, alias, short name or full name (``AgencyLookup``).
    static func agency(_ text: String, store: Store, context: CommandContext) throws -> Agency {
        if let agency = try store.agencyLookup().agency(named: text) { return agency }
        throw CLIFailure.input(ProposalMessageText.unknownOPD(text, path: context.storePath), context.language)
    }

    /// The stored proposal, or a refusal naming the number and the file.
    static func existing(_ id: Int64, store: Store, context: CommandContext) throws -> Proposal {
        guard let proposal = try store.proposal(id: id) else {
            throw CLIFailure.input(ProposalMessageText.unknownProposal(id, path: context.storePath), context.language)
        }
        return proposal
    }

    static func id(_ text: String) throws(InputRefusal) -> Int64 {
        guard let id = Int64(text), id > 0 else { throw InputRefusal(ProposalMessageText.badID(text)) }
        return id
    }
}
