import Foundation
import Yams

/// Reads values out of a composed YAML tree, turning every surprise into a ``ThemeError``
/// that names the file, the dotted key and the line.
struct ThemeNodeReader {
    let file: String

    /// The document's root, which must be a mapping.
    func root(of yaml: String) throws(ThemeError) -> Node.Mapping {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch YamlError.duplicatedKeysInMapping(let duplicates, _) {
            // The parser's place is the start of the mapping, not the second key: no line is named.
            throw ThemeError(file: file, reason: .duplicateKey(duplicates.joined(separator: ", ")))
        } catch let error as YamlError {
            throw ThemeError(file: file, line: Self.line(of: error), reason: .invalidYAML(Self.problem(of: error)))
        } catch {
            throw ThemeError(file: file, reason: .invalidYAML(String(describing: error)))
        }
        guard let node else { throw ThemeError(file: file, line: 1, reason: .notAMapping) }
        return try mapping(node, key: nil)
    }

    /// `node` as a mapping.
    func mapping(_ node: Node, key: String?) throws(ThemeError) -> Node.Mapping {
        guard let mapping = node.mapping else { throw fail(key, node, .notAMapping) }
        return mapping
    }

    /// The text of a scalar; a mapping or list where text belongs is refused.
    func text(_ node: Node, key: String) throws(ThemeError) -> String {
        guard let scalar = node.scalar else { throw fail(key, node, .notAMapping) }
        return scalar.string
    }

    /// A `#rrggbb` colour. An unquoted `#…` is a YAML comment and arrives empty: the message says to quote.
    func color(_ node: Node, key: String) throws(ThemeError) -> RGBColor {
        let value = try text(node, key: key).trimmingCharacters(in: .whitespaces)
        guard let color = RGBColor(hex: value) else { throw fail(key, node, .invalidColor(value)) }
        return color
    }

    /// Attributes as a list (`[bold, underline]`) or one string (`bold underline`, `bold, underline`).
    func attributes(_ node: Node, key: String) throws(ThemeError) -> TextAttributes {
        var names: [String] = []
        if let sequence = node.sequence {
            for item in sequence { names.append(try text(item, key: key)) }
        } else {
            let line = try text(node, key: key)
            names = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        }
        var attributes: TextAttributes = []
        for name in names {
            guard let attribute = Self.attributeNames[name.lowercased()] else {
                throw fail(key, node, .unknownAttribute(name))
            }
            attributes.formUnion(attribute)
        }
        return attributes
    }

    /// An error at `node`'s line.
    func fail(_ key: String?, _ node: Node?, _ reason: ThemeError.Reason) -> ThemeError {
        ThemeError(file: file, key: key, line: node?.mark?.line, reason: reason)
    }

    /// Attribute names a theme file may use; `none` stands for no attribute.
    static let attributeNames: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "underline": .underline, "reverse": .reverse, "italic": .italic, "none": [],
    ]

    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _),
            .reader(let problem, _, _, _):
            problem
        default:
            String(describing: error)
        }
    }
}
