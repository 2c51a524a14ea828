import Foundation

/// Folders of the package, found from this source file, so tests run from any working directory.
enum PackagePaths {
    /// The package root (the folder holding `Package.swift`).
    static var root: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // InovasiTUITests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
    }

    /// The shipped `Themes/` folder.
    static var themes: URL { root.appendingPathComponent("Themes") }
}

/// A fresh temporary folder, removed by the caller with `try? FileManager.default.removeItem`.
func makeTemporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("inovasi-tui-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
