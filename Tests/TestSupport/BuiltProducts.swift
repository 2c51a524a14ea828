import Foundation

/// Finds the executables SwiftPM built, for tests that run them for real.
///
/// Under `swift test` on Linux the test bundle (`<name>PackageTests.xctest`) is itself an
/// executable in `.build/<triple>/<config>/`, beside every other product of the same build, so
/// the folder of `CommandLine.arguments[0]` holds them. `Bundle.main.bundleURL` names that same
/// folder on Linux and serves as the fallback.
public enum BuiltProducts {
    /// The path of the built executable `name`, or nil when it was not built.
    public static func executable(named name: String) -> URL? {
        for folder in candidateFolders {
            let url = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Where products may be, most likely first.
    public static var candidateFolders: [URL] {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let bundle = Bundle.main.bundleURL.resolvingSymlinksInPath()
        return [runner.deletingLastPathComponent(), bundle, bundle.deletingLastPathComponent()]
    }
}
