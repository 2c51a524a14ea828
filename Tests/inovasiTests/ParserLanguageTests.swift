import Foundation
import Testing

/// ArgumentParser's own texts (help headings, the help flag, usage errors) follow `--lang` like
/// every other text (issue 8, point 9).
@Suite("ArgumentParser's texts in the language of the run")
struct ParserLanguageTests {
    static let english = [
        "Show help information.", "OPTIONS:", "USAGE:", "OVERVIEW:", "SUBCOMMANDS:", "for detailed help",
        "(default:", "Error:", "Usage:", "Missing expected argument", "Unexpected argument", "Unknown option",
        "Missing value", "is invalid for", "for more information", "Help:",
    ]

    func expectIndonesian(_ text: String, _ arguments: [String]) {
        for phrase in Self.english {
            #expect(!text.contains(phrase), "\(arguments) still says “\(phrase)”: \(text)")
        }
    }

    @Test("help in Bahasa Indonesia has no English headings or help flag text")
    func helpInIndonesian() throws {
        let sandbox = try CLISandbox()
        for arguments in [["--help"], ["review", "--help"], ["queue", "--help"], ["help", "review", "take"]] {
            let result = try sandbox.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout.contains("Tampilkan bantuan ini."), "\(arguments): \(result.stdout)")
            #expect(result.stdout.contains("OPSI:"), "\(arguments)")
            expectIndonesian(result.stdout, arguments)
        }
        let root = try sandbox.run(["--help"])
        #expect(root.stdout.contains("Lihat 'inovasi help <subperintah>' untuk bantuan terperinci."))
        let english = try sandbox.run(["--lang", "en", "--help"])
        #expect(english.stdout.contains("Show help information."))
        #expect(english.stdout.contains("OPTIONS:"))
    }

    @Test("usage errors in Bahasa Indonesia, exit status 1, English under --lang en")
    func usageErrorsInIndonesian() throws {
        let sandbox = try CLISandbox()
        let cases: [([String], String)] = [
            (["report", "--bogus"], "Opsi '--bogus' tidak dikenal"),
            (["users", "add"], "Argumen '<name>' wajib diisi"),
            (["users", "add", "siti", "extra", "--role", "viewer"], "Argumen 'extra' tidak diharapkan"),
            (["demo", "--seed", "-1"], "Nilai '-1' tidak sah untuk '--seed <n>'"),
            (["demo", "--proposals"], "Nilai untuk '--proposals <n>' tidak diberikan"),
            (["kiosk", "--interval", "99999999999999999999999"], "Nilai '99999999999999999999999' tidak sah"),
        ]
        for (arguments, expected) in cases {
            let result = try sandbox.run(arguments)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("Kesalahan: " + expected), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("Pemakaian: inovasi"), "\(arguments): \(result.stderr)")
            expectIndonesian(result.stderr, arguments)
        }
        let english = try sandbox.run(["report", "--bogus", "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.stderr.contains("Error: Unknown option '--bogus'"))
    }
}
