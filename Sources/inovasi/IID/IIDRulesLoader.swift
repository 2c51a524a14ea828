import Foundation
import InovasiCore
import Yams

/// Reads a year's IID rules: the office's `iid/YEAR.yaml` in the config folder when there is one
/// (it replaces the shipped file of that year whole, or adds a year), else the shipped file. A bad
/// file is refused naming the file, the line and the key.
enum IIDRulesLoader {
    /// The office's folder of rules files: `$XDG_CONFIG_HOME/inovasi/iid`.
    static func folder(_ location: DataLocation) -> String { location.configFolder + "/iid" }

    /// The years with rules: shipped, and the office's files named `YEAR.yaml`.
    static func years(_ location: DataLocation) -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder(location))) ?? []
        let office = names.compactMap { name -> Int? in
            guard name.hasSuffix(".yaml") else { return nil }
            return Int(name.dropLast(5))
        }
        return Set(IIDShippedRules.years + office).sorted()
    }

    /// The rules of `year`, from the office's file or the shipped one.
    static func rules(year: Int, location: DataLocation, language: Language) throws(CLIFailure) -> IIDRules {
        let path = folder(location) + "/\(year).yaml"
        if let text = try read(path, language: language) {
            let rules = try parse(text, file: path, language: language)
            guard rules.year == year else {
                throw .input(IIDRulesText.yearMismatch(file: path, year: year, found: rules.year), language)
            }
            return rules
        }
        guard let text = IIDShippedRules.files[year] else {
            let known = years(location).map(String.init).joined(separator: ", ")
            throw .input(IIDRulesText.noRules(year: year, known: known, folder: folder(location)), language)
        }
        return try parse(text, file: IIDRulesText.shippedName(year).text(language), language: language)
    }

    /// The rules in the file at `path`; a missing file is an error.
    static func file(_ path: String, language: Language) throws(CLIFailure) -> IIDRules {
        guard let text = try read(path, language: language) else {
            throw .config(.notFound(file: path), language)
        }
        return try parse(text, file: path, language: language)
    }

    /// The rules `text` describes, refused as a ``CLIFailure`` naming `file`, line and key.
    static func parse(_ text: String, file: String, language: Language) throws(CLIFailure) -> IIDRules {
        do throws(IIDRulesError) {
            return try parse(text)
        } catch {
            throw .input(error.message(file: file), language)
        }
    }

    /// The rules `text` describes; the error carries the line of its key where it is found.
    static func parse(_ text: String) throws(IIDRulesError) -> IIDRules {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text), node.mapping != nil else {
                throw IIDRulesError(key: "", problem: IIDText.notRules, line: 1)
            }
            root = node
        } catch let error as IIDRulesError {
            throw error
        } catch {
            throw IIDRulesError(key: "", problem: IIDRulesText.notYAML, line: line(of: error))
        }
        do {
            return try YAMLDecoder().decode(IIDRulesFile.self, from: root).rules()
        } catch let error as IIDRulesError {
            throw located(error, in: root)
        } catch {
            throw located(IIDRulesError.from(decoding: error), in: root)
        }
    }

    /// `error` with the line of the deepest part of its key found under `root`.
    static func located(_ error: IIDRulesError, in root: Node) -> IIDRulesError {
        var result = error
        var current = root
        var line = root.mark?.line
        for part in IIDKeyPath.parts(error.key) {
            guard let (node, mark) = step(part, from: current) else { break }
            current = node
            line = mark ?? line
        }
        result.line = line
        return result
    }

    /// The node `part` leads to from `node`, and the line that names it (a key's, an item's).
    private static func step(_ part: IIDKeyPath, from node: Node) -> (Node, Int?)? {
        switch part {
        case .name(let name):
            guard let pair = node.mapping?.first(where: { $0.key.string == name }) else { return nil }
            return (pair.value, pair.key.mark?.line)
        case .index(let index):
            guard let items = node.sequence, index < items.count else { return nil }
            return (items[index], items[index].mark?.line)
        }
    }

    private static func read(_ path: String, language: Language) throws(CLIFailure) -> String? {
        do {
            return try ConfigLoader.read(path: path)
        } catch {
            throw .config(error, language)
        }
    }

    private static func line(of error: any Error) -> Int {
        switch error as? YamlError {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        case .duplicatedKeysInMapping(_, let context): context.mark.line
        default: 1
        }
    }
}

/// The parts of a dotted key with list positions: `sid[2].weight` → `sid`, 2, `weight`.
enum IIDKeyPath: Equatable {
    case name(String)
    case index(Int)

    static func parts(_ key: String) -> [IIDKeyPath] {
        key.split(separator: ".").flatMap { segment -> [IIDKeyPath] in
            let pieces = segment.split(separator: "[")
            guard let head = pieces.first else { return [] }
            var parts: [IIDKeyPath] = segment.hasPrefix("[") ? [] : [.name(String(head))]
            let indices = segment.hasPrefix("[") ? pieces : Array(pieces.dropFirst())
            for piece in indices {
                if let number = Int(piece.dropLast()) { parts.append(.index(number)) }
            }
            return parts
        }
    }
}
