import InovasiCore
import Yams

/// `inovasi config check`: every problem of a config file, each with its line where the key is
/// found, not only the first one the loader stops at.
///
/// Each top-level key is decoded and checked on its own, so one bad key does not hide the next;
/// inside one key (a `scoring:` section) the decoder stops at the first problem, while every entry
/// of `keys:` is checked.
enum ConfigChecker {
    /// The problems of the file `text` read from `file`, in the order of their lines.
    static func problems(in text: String, file: String) -> [ConfigError] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            do {
                _ = try ConfigLoader.parse(text, file: file)
                return []
            } catch {
                return [error]
            }
        }
        guard let root else { return [] }
        guard let mapping = root.mapping else { return [.notAMapping(file: file)] }
        let problems = mapping.flatMap { pair in check(pair.key, pair.value, file: file) }
        return problems.map { ConfigLoader.located($0, in: text) }.sorted { line(of: $0) < line(of: $1) }
    }

    /// The problems of one top-level key.
    static func check(_ key: Node, _ value: Node, file: String) -> [ConfigError] {
        let single = Node.mapping(Node.Mapping([(key, value)]))
        do {
            let config = try YAMLDecoder().decode(ConfigFile.self, from: single)
            let settings = try config.applied(to: .standard, file: file)
            return KeyConfig.problems(settings, file: file)
        } catch let error as ConfigError {
            return [error]
        } catch {
            return [ConfigError.from(decoding: error, file: file)]
        }
    }

    /// The line of a located problem; unlocated ones come last.
    static func line(of error: ConfigError) -> Int {
        if case .onLine(_, let line) = error { return line }
        if case .syntax(_, let line?, _) = error { return line }
        return Int.max
    }
}
