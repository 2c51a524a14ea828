import Foundation
import Testing

/// What one run of the built `inovasi` binary did.
struct CLIResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// A temporary home with its own `XDG_DATA_HOME` and `XDG_CONFIG_HOME`, in which the built binary
/// runs as a child process, with no terminal on standard input or output.
final class CLISandbox {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("inovasi-cli-\(UUID().uuidString)", isDirectory: true)
        for folder in ["home", "data", "config", "out"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    var dataHome: String { root.appendingPathComponent("data").path }
    var configHome: String { root.appendingPathComponent("config").path }
    /// The default store path inside the sandbox.
    var defaultStore: String { dataHome + "/inovasi/inovasi.sqlite" }
    /// The demo store the bare command falls back to.
    var demoStore: String { dataHome + "/inovasi/demo.sqlite" }
    /// A path for a file of the test's own.
    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// Runs `inovasi` with `arguments`; standard input is `/dev/null`, output goes to files.
    @discardableResult
    func run(
        _ arguments: [String], environment extra: [String: String] = [:], executable: URL? = nil,
        executableArguments: [String]? = nil
    ) throws -> CLIResult {
        let process = Process()
        process.executableURL = try executable ?? Self.binary()
        process.arguments = executableArguments ?? arguments
        var environment = [
            "HOME": root.appendingPathComponent("home").path, "XDG_DATA_HOME": dataHome,
            "XDG_CONFIG_HOME": configHome, "PATH": "/usr/bin:/bin", "TERM": "xterm-256color",
        ]
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let id = UUID().uuidString
        let outURL = root.appendingPathComponent("out/\(id).out")
        let errURL = root.appendingPathComponent("out/\(id).err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return CLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs `inovasi` on a pseudo-terminal through `script(1)` (util-linux, in every Debian), so
    /// standard input and output are a terminal; both output streams arrive mixed in `stdout`.
    @discardableResult
    func runInTerminal(_ arguments: [String], environment extra: [String: String] = [:]) throws -> CLIResult {
        let command = try ([Self.binary().path] + arguments).map(Self.shellQuoted).joined(separator: " ")
        return try run(
            arguments, environment: extra, executable: URL(fileURLWithPath: "/usr/bin/script"),
            executableArguments: ["-qec", command, "/dev/null"])
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The city demo store at `path` (default: the default store), made by `inovasi demo`.
    func makeDemo(at path: String? = nil, extra: [String] = []) throws -> String {
        let target = path ?? defaultStore
        let result = try run(["demo", "--data", target] + extra)
        #expect(result.status == 0, "demo failed: \(result.stderr)")
        return target
    }

    /// Writes a config file and returns its path.
    func writeConfig(_ text: String, name: String = "config.yaml") throws -> String {
        let folder = configHome + "/inovasi"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The built `inovasi` executable, found beside the test bundle.
    static func binary() throws -> URL {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for folder in candidates {
            let url = folder.appendingPathComponent("inovasi")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: url.path)
            {
                return url
            }
        }
        throw BinaryNotFound(searched: candidates.map(\.path))
    }

    /// The current Unix user name, as the binary sees it (`id -un`).
    static func userName() -> String {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return "root" }
        return String(cString: name)
    }
}

/// The tests could not find the built binary; names where they looked.
struct BinaryNotFound: Error, CustomStringConvertible {
    let searched: [String]
    var description: String { "inovasi binary not found in: " + searched.joined(separator: ", ") }
}

extension CLIResult {
    /// Standard output parsed as a JSON object.
    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        return try #require(object as? [String: Any], "not a JSON object: \(stdout.prefix(200))")
    }

    /// Standard output parsed as a JSON array of objects.
    func jsonArray() throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        return try #require(object as? [[String: Any]], "not a JSON array: \(stdout.prefix(200))")
    }
}
