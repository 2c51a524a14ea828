import Foundation
import Testing

/// A `--config` that is not a config file: the message says what it is, never echoes its content,
/// never blocks, and stays in the reader's language (issue 8, point 9).
@Suite("--config given something that is not a config file")
struct ConfigFileKindTests {
    /// Runs `arguments`, killing the program after `seconds`; nil when it had to be killed.
    func runBounded(_ sandbox: CLISandbox, _ arguments: [String], seconds: Double = 15) throws -> CLIResult? {
        let process = Process()
        process.executableURL = try CLISandbox.binary()
        process.arguments = arguments
        process.environment = [
            "HOME": sandbox.path("home"), "XDG_DATA_HOME": sandbox.dataHome, "XDG_CONFIG_HOME": sandbox.configHome,
            "PATH": "/usr/bin:/bin",
        ]
        let errURL = URL(fileURLWithPath: sandbox.path("bounded-\(UUID().uuidString).err"))
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let errHandle = try FileHandle(forWritingTo: errURL)
        process.standardError = errHandle
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        try errHandle.close()
        let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        return CLIResult(status: process.terminationStatus, stdout: "", stderr: stderr)
    }

    @Test("a FIFO, /dev/zero and a folder are named for what they are, at once")
    func notRegularFiles() throws {
        let sandbox = try CLISandbox()
        let fifo = sandbox.path("pipe.yaml")
        #expect(mkfifo(fifo, 0o600) == 0)
        let cases: [(path: String, id: String, en: String)] = [
            (fifo, "pipa bernama (FIFO)", "named pipe (FIFO)"),
            ("/dev/zero", "perangkat karakter", "character device"),
            (sandbox.path("home"), "sebuah folder", "a folder"),
        ]
        for item in cases {
            for (language, expected) in [("id", item.id), ("en", item.en)] {
                let result = try runBounded(sandbox, ["report", "--config", item.path, "--lang", language])
                let finished = try #require(result, "inovasi blocked on --config \(item.path)")
                #expect(finished.status == 1)
                #expect(finished.stderr.contains(expected), "\(item.path): \(finished.stderr)")
                #expect(finished.stderr.contains(item.path))
                #expect(!finished.stderr.lowercased().contains("permission"), "\(finished.stderr)")
                #expect(!finished.stderr.contains("izin"), "\(finished.stderr)")
            }
        }
        // Only the language is looked up before parsing: that must not block on the FIFO either.
        let bare = try runBounded(sandbox, ["report", "--config", fifo])
        #expect(bare?.status == 1)
    }

    @Test("a file that is not YAML key: value never has its content echoed")
    func contentNeverEchoed() throws {
        let sandbox = try CLISandbox()
        let shadowLike = try sandbox.writeConfig(
            "root:$y$j9T$Sekr1tHash:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n", name: "shadow")
        let escape = try sandbox.writeConfig("\u{1B}]0;pwned\u{07}rahasia: 1\n", name: "escape.yaml")
        let broken = try sandbox.writeConfig("password: [rahasia-sekali\n  ]]\n", name: "broken.yaml")
        for path in [shadowLike, escape, broken] {
            for language in ["id", "en"] {
                let result = try sandbox.run(["report", "--config", path, "--lang", language])
                #expect(result.status == 1)
                #expect(result.stderr.contains(path), "\(result.stderr)")
                for secret in ["Sekr1tHash", "$y$", "daemon", "pwned", "rahasia", "\u{1B}", "\u{07}"] {
                    #expect(!result.stderr.contains(secret), "\(path) echoed \(secret): \(result.stderr)")
                }
            }
        }
        if getuid() == 0, FileManager.default.fileExists(atPath: "/etc/shadow") {
            let result = try sandbox.run(["report", "--config", "/etc/shadow"])
            #expect(result.status == 1)
            #expect(!result.stderr.contains("root:"), "\(result.stderr)")
        }
        let typo = try sandbox.writeConfig("overdueDay: 7\n", name: "typo.yaml")
        #expect(try sandbox.run(["report", "--config", typo]).stderr.contains("“overdueDay”"))
    }

    @Test("a file that cannot be read as text says why in the reader's language")
    func unreadableInOurWords() throws {
        let sandbox = try CLISandbox()
        let binary = sandbox.path("binary.yaml")
        try Data([0x6C, 0x61, 0x6E, 0x67, 0xFF, 0xFE, 0x3A, 0x20, 0x69, 0x64, 0x0A]).write(
            to: URL(fileURLWithPath: binary))
        let indonesian = try sandbox.run(["report", "--config", binary])
        #expect(indonesian.status == 1)
        #expect(indonesian.stderr.contains("bukan teks UTF-8"), "\(indonesian.stderr)")
        let english = try sandbox.run(["report", "--config", binary, "--lang", "en"])
        #expect(english.stderr.contains("not UTF-8 text"), "\(english.stderr)")
        for result in [indonesian, english] {
            #expect(!result.stderr.contains("NSCocoaErrorDomain"), "\(result.stderr)")
            #expect(!result.stderr.contains("The file"), "\(result.stderr)")
        }
    }
}
