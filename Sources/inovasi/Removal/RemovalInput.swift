import Foundation
import InovasiCore
import InovasiStore

/// Reading `KIND ID` of `inovasi remove` and `inovasi restore`: the kind as people write it, and
/// the record it names, looked up among removed records too.
enum RemovalInput {
    /// `opd`, `innovation`/`inovasi`, `proposal`/`usulan`, any case.
    static func kind(_ text: String) throws(InputRefusal) -> RemovedKind {
        switch text.lowercased() {
        case "opd", "agency": .agency
        case "innovation", "inovasi": .innovation
        case "proposal", "usulan": .proposal
        default: throw InputRefusal(RemovalText.badKind(text))
        }
    }

    /// Whether `text` names a kind (so `inovasi restore opd 3` is a record, not a backup file).
    static func isKind(_ text: String) -> Bool {
        (try? kind(text)) != nil
    }

    /// The id and the name of the record `text` names: an OPD by code, short name, name or alias;
    /// an innovation or proposal by its number. Unknown ones are refused naming the file.
    static func record(_ kind: RemovedKind, _ text: String, in store: Store, _ context: CommandContext) throws
        -> (id: Int64, name: String)
    {
        switch kind {
        case .agency:
            let agency = try OpdInput.agency(text, option: "opd", in: store, context)
            return (agency.id, "\(agency.code) \(agency.name)")
        case .innovation:
            let id = try number(text)
            guard let innovation = try store.innovation(id: id) else { throw unknown(kind, text, context) }
            return (id, innovation.title)
        case .proposal:
            let id = try number(text)
            guard let proposal = try store.proposal(id: id) else { throw unknown(kind, text, context) }
            return (id, proposal.title)
        }
    }

    private static func number(_ text: String) throws(InputRefusal) -> Int64 {
        guard let id = Int64(text), id > 0 else { throw InputRefusal(RemovalText.badNumber(text)) }
        return id
    }

    private static func unknown(_ kind: RemovedKind, _ text: String, _ context: CommandContext) -> CLIFailure {
        CLIFailure.input(
            Localized(composing: { language in
                RemovalText.unknownRecord(RemovalText.label(kind).text(language), text, path: context.storePath)
                    .text(language)
            }), context.language)
    }

    /// "OPD #3", "usulan #12": how the messages name the record.
    static func reference(_ kind: RemovedKind, _ id: Int64, _ language: Language) -> String {
        "\(RemovalText.label(kind).text(language)) #\(id)"
    }
}
