import Foundation
import InovasiCore
import InovasiImport
import InovasiStore

/// What `iid set`, `iid evidence` and `import iid` read from their arguments: the target (an
/// innovation, or the region), the year and its rules, an indicator of the right part.
///
/// The region is named by a word instead of a separate `iid spd …` group, so one command and one
/// import column serve both parts, and a person learns one shape: `iid set region 6a 2 --evidence …`.
enum IIDEvidenceInput {
    /// The words that name the region's SPD, compared ignoring case.
    static let regionWords = IIDEvidenceImportRows.regionWords

    /// The innovation id in `text`, nil for the region; anything else is refused.
    static func target(_ text: String) throws(InputRefusal) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if regionWords.contains(trimmed.lowercased()) { return nil }
        guard let id = Int64(trimmed), id > 0 else { throw InputRefusal(IIDEvidenceText.badTarget(text)) }
        return id
    }

    /// The rules of `year`, or of this year in the office's zone.
    static func rules(year: Int?, _ context: CommandContext) throws -> IIDRules {
        let year = year ?? CalendarDay(containing: context.now, in: context.zone).year
        return try IIDRulesLoader.rules(year: year, location: context.location, language: context.language)
    }

    /// The rules' indicator `number` names for the target's part (SID or SPD), ignoring case.
    static func indicator(_ number: String, innovationID: Int64?, rules: IIDRules) throws(InputRefusal)
        -> IIDIndicator
    {
        let list = innovationID == nil ? rules.spd : rules.sid
        let wanted = number.trimmingCharacters(in: .whitespaces).lowercased()
        guard let found = list.first(where: { $0.number.lowercased() == wanted }) else {
            throw InputRefusal(
                IIDEvidenceText.unknownIndicator(
                    number, part: innovationID == nil ? "SPD" : "SID", year: rules.year,
                    known: list.map(\.number).joined(separator: ", ")))
        }
        return found
    }

    /// The level in `text`: 0 to 3.
    static func level(_ text: String) throws(InputRefusal) -> Int {
        guard let level = Int(text.trimmingCharacters(in: .whitespaces)), (0...3).contains(level) else {
            throw InputRefusal(IIDEvidenceText.badLevel(text))
        }
        return level
    }

    /// How the output names the target.
    static func name(_ innovationID: Int64?) -> Localized {
        innovationID.map(IIDEvidenceText.innovationTarget) ?? IIDEvidenceText.regionTarget
    }
}
