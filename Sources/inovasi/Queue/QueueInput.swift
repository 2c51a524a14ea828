import InovasiCore
import InovasiStore

/// Checks of the `queue` options added for review triage: bentuk, jenis, assignee and order.
enum QueueInput {
    /// The raw values named by repeatable, comma-separated options; any case; `refusal` names a bad
    /// one, an empty one included.
    static func values<T: RawRepresentable & CaseIterable & Hashable>(
        _ texts: [String], _ type: T.Type, refusal: (String) -> Localized
    ) throws -> Set<T> where T.RawValue == String {
        var result = Set<T>()
        for name in names(texts) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let value = T.allCases.first(where: { $0.rawValue.lowercased() == trimmed.lowercased() }) else {
                throw InputCheck.refuse(refusal(trimmed))
            }
            result.insert(value)
        }
        return result
    }

    /// Every name in repeatable, comma-separated option values, empty ones kept so they can be
    /// refused: `--status ''` must not quietly mean "no filter given".
    static func names(_ texts: [String]) -> [Substring] {
        texts.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
    }

    /// `--sort`: age, score, opd (the store's `agency`) or title.
    static func sort(_ text: String) throws -> Store.QueueSort {
        switch text.lowercased() {
        case "age": .age
        case "score": .score
        case "opd", "agency": .agency
        case "title": .title
        default: throw InputCheck.refuse(ReviewMessageText.badSort(text))
        }
    }

    /// `--assignee me|none|USER`; absent means anyone.
    static func assignee(_ text: String?, me: String) -> Store.AssigneeFilter {
        guard let text else { return .anyone }
        switch text.lowercased() {
        case "me": return .user(me)
        case "none": return .unassigned
        default: return .user(text)
        }
    }
}
