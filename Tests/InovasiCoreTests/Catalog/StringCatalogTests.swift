import Foundation
import Testing

/// Every string a person reads is a `Localized(id:en:)` in a catalog file (`*Text.swift`); these
/// tests read the sources of every module and hold that rule.
@Suite("String catalogs")
struct StringCatalogTests {
    /// Words spelled the same in both languages, each with the reason it is not a missing translation.
    static let sameInBoth: [String: String] = [
        "Agenda": "the same word in both languages",
        "Status": "the same word in both languages",
        "Digital": "the same word in both languages",
        "Admin": "the same word in both languages",
        "No.": "the abbreviation of nomor and number alike",
        "?": "an action whose record is lost has no name in any language",
        "April": "month name spelled the same", "September": "month name spelled the same",
        "November": "month name spelled the same",
        "Jan": "short month name spelled the same", "Feb": "short month name spelled the same",
        "Mar": "short month name spelled the same", "Apr": "short month name spelled the same",
        "Jun": "short month name spelled the same", "Jul": "short month name spelled the same",
        "Sep": "short month name spelled the same", "Nov": "short month name spelled the same",
        "DEMO": "the badge of demo data, an English loanword the office uses as is",
        "median": "a statistics term of the benchmark, the same word in both languages",
        "p99": "a statistics term of the benchmark, the same in both languages",
        "report --format table": "a command as typed", "report --format csv": "a command as typed",
        "report --format json": "a command as typed", "report --format markdown": "a command as typed",
        "LAN": "an institution's abbreviation, the same in both languages",
        "PAN": "an institution's abbreviation, the same in both languages",
        "BRIN": "an institution's abbreviation, the same in both languages",
        "DAGRI": "an institution's abbreviation, the same in both languages",
    ]

    /// `Sources/`, found from this file's place in `Tests/InovasiCoreTests/Catalog/`.
    static let sourcesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every Swift file under `Sources/`, as (path relative to `Sources/`, text).
    static func sourceFiles() throws -> [(path: String, text: String)] {
        let root = sourcesFolder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [(path: String, text: String)] = []
        for case let path as String in walker where path.hasSuffix(".swift") {
            files.append((path, try String(contentsOfFile: root + "/" + path, encoding: .utf8)))
        }
        return files.sorted { $0.path < $1.path }
    }

    static func isCatalog(_ path: String) -> Bool {
        path.hasSuffix("Text.swift")
    }

    @Test("the sources are found, and with them the catalogs")
    func sourcesAreFound() throws {
        let files = try Self.sourceFiles()
        #expect(files.count > 100)
        #expect(files.contains { $0.path == "InovasiCore/Format/DomainText.swift" })
    }

    @Test("every Localized in a catalog has both languages, non-empty and different unless allowed")
    func everyEntryHasBothLanguages() throws {
        var problems: [String] = []
        var entries = 0
        var same: Set<String> = []
        for file in try Self.sourceFiles() where Self.isCatalog(file.path) {
            for call in SwiftSourceScanner(file.text).localizedCalls() where call.id != nil || call.en != nil {
                entries += 1
                let place = "\(file.path):\(call.line)"
                problems += Self.problems(of: call).map { "\(place): \($0)" }
                if case .literal(let id) = call.id, call.en == .literal(id) { same.insert(id) }
            }
        }
        #expect(entries > 400, "the catalogs hold the program's words")
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        let unused = Set(Self.sameInBoth.keys).subtracting(same)
        #expect(unused.isEmpty, "sameInBoth lists texts no catalog has any more: \(unused.sorted())")
    }

    /// Texts declared twice in one module on purpose, each with the reason.
    static let declaredTwice: [String: String] = [
        "Mei / May": "the month and its three-letter short form are the same word"
    ]

    @Test("a text is declared once per module and used from there (no second \"tanpa peran\")")
    func eachTextOnce() throws {
        var places: [String: [String]] = [:]
        for file in try Self.sourceFiles() where Self.isCatalog(file.path) {
            let module = file.path.prefix { $0 != "/" }
            for call in SwiftSourceScanner(file.text).localizedCalls() {
                guard case .literal(let id) = call.id, case .literal(let en) = call.en, !id.contains("\\(") else {
                    continue
                }
                places["\(module)|\(id) / \(en)", default: []].append("\(file.path):\(call.line)")
            }
        }
        let doubled = places.filter { $0.value.count > 1 }
        let doubles = doubled.keys.map { key in String(key.drop { $0 != "|" }.dropFirst()) }
        let twice = doubled.filter { key, _ in Self.declaredTwice[String(key.drop { $0 != "|" }.dropFirst())] == nil }
        #expect(twice.isEmpty, "\(twice.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" })")
        let unused = Set(Self.declaredTwice.keys).subtracting(doubles)
        #expect(unused.isEmpty, "declaredTwice lists texts declared once now: \(unused.sorted())")
    }

    static func problems(of call: SwiftSourceScanner.Call) -> [String] {
        guard let id = call.id, let en = call.en else { return ["a language is missing"] }
        switch (id, en) {
        case (.literal(let idText), .literal(let enText)):
            var problems: [String] = []
            if idText.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("the Indonesian text is empty") }
            if enText.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("the English text is empty") }
            if idText == enText, sameInBoth[idText] == nil {
                problems.append("the same text in both languages: \"\(idText)\" (add it to sameInBoth with a reason)")
            }
            if interpolations(idText) != interpolations(enText) {
                problems.append("the languages interpolate different values: \(idText) / \(enText)")
            }
            return problems
        default:
            return ["a computed text (use `Localized(verbatim:)` or `Localized(composing:)`): \(id) / \(en)"]
        }
    }

    /// The values a literal interpolates: the first name of each `\(…)`, so `\(reason.id)` and
    /// `\(reason.en)` are the same value, and an English plural `\(count == 1 ? "" : "s")` adds none.
    static func interpolations(_ text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(text)
        while let start = rest.range(of: "\\(") {
            let name = rest[start.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty { found.insert(String(name)) }
            rest = rest[start.upperBound...]
        }
        return found
    }

    @Test("outside the catalogs no file declares words or picks them by language")
    func noWordsOutsideCatalogs() throws {
        let problems = try Self.sourceFiles()
            .flatMap { Self.violations(in: $0) }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// What in `file` breaks the rule: a ternary on the language, an `extension Localized`, an
    /// `enum …Text` in a file not named after it, or a `Localized(id:en:)` outside a catalog.
    static func violations(in file: (path: String, text: String)) -> [String] {
        var problems: [String] = []
        let code = SwiftSourceScanner(file.text).codeOnly()
        if code.range(of: #"==\s*\.(id|en)\s*\?"#, options: .regularExpression) != nil {
            problems.append("\(file.path): a `language == .id ? … : …` ternary; use a Localized from a catalog")
        }
        if code.range(of: #"extension\s+Localized\b"#, options: .regularExpression) != nil,
            file.path != "inovasi/Strings/HelpText.swift"
        {
            problems.append("\(file.path): `extension Localized`; declare words in an `enum …Text` catalog")
        }
        let fileName = file.path.split(separator: "/").last.map { String($0.dropLast(".swift".count)) }
        let namespace = #"\benum\s+(\w+Text)\b"#
        var rest = Substring(code)
        while let found = rest.range(of: namespace, options: .regularExpression) {
            let name = rest[found].split(separator: " ").last.map(String.init)
            if name != fileName {
                problems.append("\(file.path): `enum \(name ?? "")` belongs in a file named \(name ?? "")\(".swift")")
            }
            rest = rest[found.upperBound...]
        }
        guard !isCatalog(file.path), file.path != "InovasiCore/Config/Language.swift" else { return problems }
        for call in SwiftSourceScanner(file.text).localizedCalls() where call.id != nil || call.en != nil {
            problems.append("\(file.path):\(call.line): Localized(id:en:) outside a *Text.swift catalog")
        }
        return problems
    }
}
