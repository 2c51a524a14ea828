import Foundation

/// A small reader of Swift source, just enough to find the `Localized(id: …, en: …)` calls of the
/// string catalogs and to look at code without its comments and string literals.
///
/// It is not a Swift parser: it knows comments, string literals (with interpolations and `"""`),
/// brackets and argument labels, which is all the catalog tests need.
struct SwiftSourceScanner {
    /// One argument of a `Localized(id:en:)` call.
    enum Argument: Equatable {
        /// String literals, possibly joined with `+`; the text keeps `\(…)` as written.
        case literal(String)
        /// Anything else (`action`, `make(.id)`): computed when the program runs.
        case computed(String)
    }

    /// A `Localized(…)` call found in code.
    struct Call {
        /// The line of `Localized(`, from 1.
        let line: Int
        /// The argument labelled `id:`, nil when the call has no such label.
        let id: Argument?
        /// The argument labelled `en:`, nil when the call has no such label.
        let en: Argument?
    }

    private let chars: [Character]

    init(_ source: String) {
        chars = Array(source)
    }

    /// The code with comments removed and every string literal replaced by `""`.
    func codeOnly() -> String {
        var out = ""
        var index = 0
        while index < chars.count {
            if let end = commentEnd(at: index) {
                out.append(chars[index..<end].contains("\n") ? "\n" : " ")
                index = end
            } else if chars[index] == "\"" {
                index = stringEnd(at: index)
                out.append("\"\"")
            } else {
                out.append(chars[index])
                index += 1
            }
        }
        return out
    }

    /// Every `Localized(` call in code (not in comments or strings), in order.
    func localizedCalls() -> [Call] {
        var calls: [Call] = []
        var index = 0
        var line = 1
        while index < chars.count {
            if let end = commentEnd(at: index) {
                line += chars[index..<end].filter { $0 == "\n" }.count
                index = end
            } else if chars[index] == "\"" {
                let end = stringEnd(at: index)
                line += chars[index..<end].filter { $0 == "\n" }.count
                index = end
            } else if startsCall(at: index) {
                calls.append(call(openingAt: index + "Localized(".count, line: line))
                index += "Localized(".count
            } else {
                if chars[index] == "\n" { line += 1 }
                index += 1
            }
        }
        return calls
    }

    private func startsCall(at index: Int) -> Bool {
        let word = Array("Localized(")
        guard index + word.count <= chars.count, Array(chars[index..<index + word.count]) == word else { return false }
        guard index > 0 else { return true }
        let before = chars[index - 1]
        return !(before.isLetter || before.isNumber || before == "_" || before == ".")
    }

    private func call(openingAt start: Int, line: Int) -> Call {
        var arguments: [String: Argument] = [:]
        var index = start
        while index < chars.count {
            let (text, end) = argument(from: index)
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if let colon = trimmed.firstIndex(of: ":"),
                trimmed[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
            {
                let label = String(trimmed[..<colon])
                let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
                arguments[label] = Self.classify(value)
            }
            index = end + 1
            if end >= chars.count || chars[end] == ")" { break }
        }
        return Call(line: line, id: arguments["id"], en: arguments["en"])
    }

    /// The text of one argument from `start` and the index of the `,` or `)` that ends it.
    private func argument(from start: Int) -> (String, Int) {
        var depth = 0
        var index = start
        var text = ""
        while index < chars.count {
            let char = chars[index]
            if let end = commentEnd(at: index) {
                index = end
                continue
            }
            if char == "\"" {
                let end = stringEnd(at: index)
                text.append(contentsOf: chars[index..<end])
                index = end
                continue
            }
            if "([{".contains(char) { depth += 1 }
            if ")]}".contains(char) {
                if depth == 0 { return (text, index) }
                depth -= 1
            }
            if char == ",", depth == 0 { return (text, index) }
            text.append(char)
            index += 1
        }
        return (text, index)
    }

    /// Literals joined by `+` become one literal; anything else is computed.
    static func classify(_ value: String) -> Argument {
        let scanner = SwiftSourceScanner(value)
        var parts: [String] = []
        var index = 0
        var expectLiteral = true
        while index < scanner.chars.count {
            let char = scanner.chars[index]
            if char.isWhitespace {
                index += 1
            } else if expectLiteral, char == "\"" {
                let end = scanner.stringEnd(at: index)
                parts.append(scanner.literalContent(from: index, to: end))
                index = end
                expectLiteral = false
            } else if !expectLiteral, char == "+" {
                index += 1
                expectLiteral = true
            } else {
                return .computed(value)
            }
        }
        return parts.isEmpty || expectLiteral ? .computed(value) : .literal(parts.joined())
    }

    private func literalContent(from start: Int, to end: Int) -> String {
        let triple = isTripleQuote(at: start)
        let quote = triple ? 3 : 1
        var text = String(chars[(start + quote)..<(end - quote)])
        if triple {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            text = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        return text
    }

    private func isTripleQuote(at index: Int) -> Bool {
        index + 2 < chars.count && chars[index + 1] == "\"" && chars[index + 2] == "\""
    }

    /// The index just past the comment starting at `index`, nil when none starts there.
    private func commentEnd(at index: Int) -> Int? {
        guard chars[index] == "/", index + 1 < chars.count else { return nil }
        if chars[index + 1] == "/" {
            var end = index
            while end < chars.count, chars[end] != "\n" { end += 1 }
            return end
        }
        if chars[index + 1] == "*" {
            var end = index + 2
            while end + 1 < chars.count, !(chars[end] == "*" && chars[end + 1] == "/") { end += 1 }
            return min(end + 2, chars.count)
        }
        return nil
    }

    /// The index just past the string literal opening at `start` (a `"`), interpolations included.
    func stringEnd(at start: Int) -> Int {
        let triple = isTripleQuote(at: start)
        var index = start + (triple ? 3 : 1)
        while index < chars.count {
            let char = chars[index]
            if char == "\\", index + 1 < chars.count {
                if chars[index + 1] == "(" {
                    index = interpolationEnd(openingAt: index + 2)
                } else {
                    index += 2
                }
                continue
            }
            if char == "\"" {
                if !triple { return index + 1 }
                if isTripleQuote(at: index) { return index + 3 }
            }
            index += 1
        }
        return index
    }

    private func interpolationEnd(openingAt start: Int) -> Int {
        var depth = 1
        var index = start
        while index < chars.count {
            if chars[index] == "\"" {
                index = stringEnd(at: index)
                continue
            }
            if chars[index] == "(" { depth += 1 }
            if chars[index] == ")" {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return index
    }
}
