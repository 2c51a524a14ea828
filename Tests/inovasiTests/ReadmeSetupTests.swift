import Foundation
import Testing

/// The README's set-up line installs every package CI installs, so a newcomer who copies it and
/// runs `swift test` has everything the tests need, `tmux` included (issue 8, point 9).
@Suite("README set-up")
struct ReadmeSetupTests {
    /// The repository's root, from this file's place in `Tests/inovasiTests`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("the first apt-get install line of the README names every package .ci/run installs")
    func setupLineInstallsEverything() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let ci = try String(contentsOf: Self.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        let neededLine = try #require(ci.split(separator: "\n").first { $0.hasPrefix("needed=(") })
        let needed = neededLine.dropFirst("needed=(".count).dropLast().split(separator: " ").map(String.init)
        #expect(needed.contains("tmux"))
        let install = try #require(readme.split(separator: "\n").first { $0.contains("apt-get install") })
        let packages = Set(install.split(separator: " ").map(String.init))
        for package in needed {
            #expect(packages.contains(package), "README's set-up line lacks \(package): \(install)")
        }
    }
}
