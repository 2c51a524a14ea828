import Foundation
import InovasiCore
import Yams

/// Reads `config.yaml` through Yams onto ``Settings``; a missing default file means the defaults.
enum ConfigLoader {
    /// The largest config file read; a real one is a few hundred bytes.
    static let maxBytes = 1 << 20

    /// The settings from `path`; `explicit` (given with `--config`) makes a missing file an error.
    static func load(path: String, explicit: Bool) throws(ConfigError) -> Settings {
        guard let text = try read(path: path) else {
            if explicit { throw .notFound(file: path) }
            return .standard
        }
        do {
            let settings = try parse(text, file: path).applied(to: .standard, file: path)
            _ = try KeyConfig.keyMap(settings, file: path)
            return settings
        } catch {
            throw located(error, in: text)
        }
    }

    /// `error` with the line of the key it names, when the key is found in `text`.
    static func located(_ error: ConfigError, in text: String) -> ConfigError {
        guard let key = error.key, let root = try? Yams.compose(yaml: text), let line = line(of: key, in: root) else {
            return error
        }
        return .onLine(error, line: line)
    }

    /// The line of the deepest part of the dotted `key` found in `node` (`scoring.minimums.kewenangan`
    /// → the line of `kewenangan:`); nil when not even the first part is there.
    static func line(of key: String, in node: Node) -> Int? {
        var current = node
        var line: Int?
        let parts = key.split(separator: ".").map { String($0.split(separator: "[").first ?? $0) }
        for part in parts {
            guard let pair = current.mapping?.first(where: { $0.key.string == part }) else { break }
            line = pair.key.mark?.line ?? line
            current = pair.value
        }
        return line
    }

    /// The text of the config file at `path`, nil when there is none.
    ///
    /// Only a regular file is read: a FIFO would block the program forever and `/dev/zero` never
    /// ends, so anything else is refused naming what it is. The file is opened without blocking
    /// and checked again on the open descriptor, so a swap after the first look changes nothing.
    static func read(path: String) throws(ConfigError) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw .unreadable(file: path, reason: SystemText.errno(errno))
        }
        try requireRegular(info, path: path)
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(file: path, reason: SystemText.errno(errno)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(file: path, reason: SystemText.errno(errno)) }
        try requireRegular(info, path: path)
        let bytes = try readAll(descriptor, path: path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .unreadable(file: path, reason: ConfigFileText.configNotText)
        }
        return text
    }

    private static func requireRegular(_ info: stat, path: String) throws(ConfigError) {
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .notRegularFile(file: path, kind: SystemText.fileKind(mode: info.st_mode))
        }
        guard info.st_size <= maxBytes else {
            throw .unreadable(file: path, reason: ConfigFileText.configTooLarge(maxBytes))
        }
    }

    private static func readAll(_ descriptor: Int32, path: String) throws(ConfigError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let got = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: path, reason: SystemText.errno(errno))
            }
            if got == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<got])
            if bytes.count > maxBytes { throw .unreadable(file: path, reason: ConfigFileText.configTooLarge(maxBytes)) }
        }
    }

    /// The keys in `text`; an empty document (or only comments) is an empty file.
    static func parse(_ text: String, file: String) throws(ConfigError) -> ConfigFile {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            let mark = place(of: error)
            throw .syntax(file: file, line: mark?.line, column: mark?.column)
        }
        guard let node else { return ConfigFile() }
        guard node.mapping != nil else { throw .notAMapping(file: file) }
        do {
            return try YAMLDecoder().decode(ConfigFile.self, from: node)
        } catch {
            throw ConfigError.from(decoding: error, file: file)
        }
    }

    /// Where in the file Yams found the problem, when it says.
    private static func place(of error: any Error) -> Mark? {
        switch error as? YamlError {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark
        case .duplicatedKeysInMapping(_, let context): context.mark
        default: nil
        }
    }
}
