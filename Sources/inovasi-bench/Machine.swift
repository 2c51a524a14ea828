import Foundation

/// The machine a run was made on, so a table in the README says what its numbers mean.
struct Machine: Encodable, Sendable {
    var cpu: String
    var cores: Int
    var memoryGigabytes: Double
    var system: String
    var swift: String

    /// This machine: `/proc/cpuinfo`, `/proc/meminfo`, `/etc/os-release` and `swift --version`.
    static func current() -> Machine {
        Machine(
            cpu: field("model name", in: "/proc/cpuinfo", separator: ":") ?? "?",
            cores: ProcessInfo.processInfo.activeProcessorCount,
            memoryGigabytes: (Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824 * 10).rounded() / 10,
            system: field("PRETTY_NAME", in: "/etc/os-release", separator: "=").map(unquoted) ?? "?",
            swift: swiftVersion() ?? "?")
    }

    /// The value of the first `key` line of a `key<separator>value` file.
    static func field(_ key: String, in path: String, separator: Character) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: separator, maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == key {
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    static func unquoted(_ text: String) -> String {
        text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }

    /// The first line of `swift --version`: the toolchain on the path, which built this program
    /// when run through `swift run`.
    static func swiftVersion() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "--version"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init)
    }
}
