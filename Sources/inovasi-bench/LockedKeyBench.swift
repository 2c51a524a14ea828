import Foundation
import InovasiStore

/// Times a key press while another process (`inovasi-bench lock-child`) holds the write lock: the
/// dashboard's reads must not wait for a writer.
struct LockedKeyBench {
    let executable: String
    let memory: MemoryBench

    func run(store: Store) throws -> Samples {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: executable)
        child.arguments = ["lock-child", "--data", store.path]
        let input = Pipe()
        let output = Pipe()
        child.standardInput = input
        child.standardOutput = output
        try child.run()
        defer {
            try? input.fileHandleForWriting.close()
            child.waitUntilExit()
        }
        let line = String(decoding: output.fileHandleForReading.availableLine(), as: UTF8.self)
        guard line == "locked" else { throw BenchFailure.loadFailed(Metric.keyWhileLocked.rawValue, "lock-child") }
        return try memory.keys(store: store, scenarios: [KeyScenario.whileLocked])[0].1
    }
}

extension FileHandle {
    /// Bytes up to the first line break (or the end), without it.
    fileprivate func availableLine() -> Data {
        var line = Data()
        while true {
            let byte = readData(ofLength: 1)
            guard let first = byte.first, first != UInt8(ascii: "\n") else { return line }
            line.append(first)
        }
    }
}
