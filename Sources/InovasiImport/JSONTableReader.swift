import Foundation

/// Reads a JSON file: an array of objects, or an object holding one such array (as an export's
/// `{"opds": […]}`). Each object is a row; its keys are the columns; a list value becomes the
/// items joined by `; `, as a list cell of a spreadsheet.
enum JSONTableReader {
    static func read(_ data: Data, path: String) throws(ImportError) -> ImportTable {
        let objects: [[String: JSONCell]]
        do {
            objects = try decode(data)
        } catch {
            throw .malformed(path: path, format: .json, reason: reason(error))
        }
        var header: [String] = []
        for key in objects.flatMap({ $0.keys }).sorted() where !header.contains(key) { header.append(key) }
        let rows = objects.enumerated().map { index, object in
            ImportRow(place: .item(index + 1), cells: header.map { object[$0]?.text ?? "" })
        }
        return ImportTable(header: header, rows: rows.filter { !$0.isBlank })
    }

    static func decode(_ data: Data) throws -> [[String: JSONCell]] {
        let decoder = JSONDecoder()
        if let list = try? decoder.decode([[String: JSONCell]].self, from: data) { return list }
        let wrapped = try decoder.decode([String: [[String: JSONCell]]].self, from: data)
        guard wrapped.count == 1, let list = wrapped.values.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "more than one list"))
        }
        return list
    }

    static func reason(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error { return context.debugDescription }
        return String(describing: error)
    }
}

/// One JSON value as a cell's text.
enum JSONCell: Decodable {
    case text(String)
    case list([JSONCell])
    case null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .text(value ? "true" : "false")
        } else if let value = try? container.decode(Int64.self) {
            self = .text(String(value))
        } else if let value = try? container.decode(Double.self) {
            self = .text(String(value))
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else {
            self = .list(try container.decode([JSONCell].self))
        }
    }

    var text: String {
        switch self {
        case .text(let value): value
        case .list(let items): items.map(\.text).filter { !$0.isEmpty }.joined(separator: "; ")
        case .null: ""
        }
    }
}
