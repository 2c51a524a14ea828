import Foundation

/// A fresh folder under the system temporary folder for one test, removed when released.
final class TestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("inovasi-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        // A store opened elsewhere in this process narrows the process umask to its own mode
        // (``SharedFiles``); the folder must still let the other Unix users of the sharing tests in.
        chmod(url.path, 0o755)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// A path inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Names of the files in the folder, sorted.
    func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

/// The bytes of a file, to show a refused open left it exactly as it was.
func bytes(of path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

/// Overwrites `count` bytes at `offset` (e.g. a header field) in place.
func patch(_ path: String, at offset: Int, with newBytes: [UInt8]) throws {
    var data = try bytes(of: path)
    data.replaceSubrange(offset..<(offset + newBytes.count), with: newBytes)
    try data.write(to: URL(fileURLWithPath: path))
}

/// The POSIX permission bits of a path.
func mode(of path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}
