import Foundation

/// An audit row's before or after (a JSON object) as lines `key: value`, sorted, for reading.
enum AuditJSONLines {
    static func lines(_ json: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)),
            let dictionary = object as? [String: Any]
        else { return json }
        return dictionary.keys.sorted().map { key in "\(key): \(value(dictionary[key]))" }.joined(separator: "\n")
    }

    static func value(_ any: Any?) -> String {
        switch any {
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        case nil, is NSNull: return "—"
        default:
            guard let any, JSONSerialization.isValidJSONObject(any),
                let data = try? JSONSerialization.data(withJSONObject: any, options: [.sortedKeys])
            else { return String(describing: any) }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
