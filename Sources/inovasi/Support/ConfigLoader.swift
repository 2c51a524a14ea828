import Foundation
import InovasiCore
import Yams

/// Reads `config.yaml` through Yams onto ``Settings``; a missing default file means the defaults.
enum ConfigLoader {
    /// The settings from `path`; `explicit` (given with `--config`) makes a missing file an error.
    static func load(path: String, explicit: Bool) throws(ConfigError) -> Settings {
        guard FileManager.default.fileExists(atPath: path) else {
            if explicit { throw .notFound(file: path) }
            return .standard
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(file: path, detail: error.localizedDescription)
        }
        return try parse(text, file: path).applied(to: .standard, file: path)
    }

    /// The keys in `text`; an empty document (or only comments) is an empty file.
    static func parse(_ text: String, file: String) throws(ConfigError) -> ConfigFile {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw .syntax(file: file, detail: String(describing: error))
        }
        guard let node else { return ConfigFile() }
        guard node.mapping != nil else { throw .notAMapping(file: file) }
        do {
            return try YAMLDecoder().decode(ConfigFile.self, from: node)
        } catch {
            throw ConfigError.from(decoding: error, file: file)
        }
    }
}
