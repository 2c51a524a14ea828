import Foundation
import Testing

/// The `inovasi-store-worker` executable run as a separate process, with its output read line by line.
final class Worker {
    let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    private var received = ""

    /// Where `swift build` puts the worker: beside the test bundle's executable.
    static func executable() throws -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        let found = candidates.map { $0.appendingPathComponent("inovasi-store-worker") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return try #require(found, "inovasi-store-worker not found next to \(CommandLine.arguments[0])")
    }

    init(_ arguments: [String], environment: [String: String]? = nil) throws {
        process.executableURL = try Self.executable()
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    /// Runs the worker to its end; returns its exit status, standard output and standard error.
    static func run(_ arguments: [String], environment: [String: String]? = nil) throws
        -> (status: Int32, output: String, errors: String)
    {
        let worker = try Worker(arguments, environment: environment)
        let output = String(decoding: worker.output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        worker.process.waitUntilExit()
        let text = String(decoding: worker.errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (worker.process.terminationStatus, output, text)
    }

    /// Reads output until a line equal to `line` arrived; false when the process ended or 60 s passed.
    func waitFor(_ line: String) -> Bool {
        let descriptor = output.fileHandleForReading.fileDescriptor
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if received.split(separator: "\n").contains(Substring(line)) { return true }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) >= 0 else { return false }
            if poller.revents & Int16(POLLIN | POLLHUP) != 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { return received.split(separator: "\n").contains(Substring(line)) }
                received += String(decoding: buffer[0..<count], as: UTF8.self)
            }
        }
        return false
    }

    /// Standard error so far (after the process ended).
    func errorText() -> String {
        String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
}
