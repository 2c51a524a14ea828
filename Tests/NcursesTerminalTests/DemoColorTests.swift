import Foundation
import TestSupport
import Testing

extension EndToEnd {
    @Suite("Colours and attributes")
    struct Colors {
        /// The styled characters of row `row` (0-based) of the pane.
        private func row(_ row: Int, of session: TmuxSession) throws -> [StyledCharacter] {
            let lines = DemoRun.lines(try session.capture(escapes: true))
            return StyledLine.parse(try #require(lines.dropFirst(row).first))
        }

        /// The characters of `word` in `characters`, in order.
        private func word(_ word: String, in characters: [StyledCharacter]) throws -> [StyledCharacter] {
            let text = characters.map(\.character)
            let target = Array(word)
            let start = try #require(text.indices.first { text[$0...].starts(with: target) }, "\(word) not found")
            return Array(characters[start..<(start + target.count)])
        }

        @Test("attributes and a palette colour reach the terminal")
        func styles() throws {
            let session = try DemoRun.start()
            _ = try DemoRun.waitForFrame(session)
            let styles = try row(7, of: session)
            #expect(try word("tebal", in: styles).allSatisfy(\.bold))
            #expect(try word("garis", in: styles).allSatisfy(\.underline))
            #expect(try word("balik", in: styles).allSatisfy(\.reverse))
            #expect(try word("merah", in: styles).allSatisfy { $0.foreground == .indexed(1) })
            #expect(try word("gaya", in: styles).allSatisfy { $0.foreground == nil && !$0.bold })
        }

        @Test("more than 255 colour pairs keep their own colours")
        func manyPairs() throws {
            let session = try DemoRun.start()
            _ = try DemoRun.waitForFrame(session)
            let first = try row(10, of: session)
            #expect(first[1].foreground == .indexed(1))
            #expect(first[1].background == .indexed(0))
            let last = try row(13, of: session)
            let cell299 = try #require(last.dropFirst(299 - 225).first)
            #expect(cell299.character == "#")
            #expect(cell299.foreground == .indexed(43))
            #expect(cell299.background == .indexed(1))
        }

        @Test("NO_COLOR keeps attributes but sends no colour at all")
        func noColor() throws {
            var environment = TmuxSession.baseEnvironment()
            environment["NO_COLOR"] = "1"
            let session = try DemoRun.start(environment: environment)
            _ = try DemoRun.waitForFrame(session)
            let screen = try session.capture(escapes: true)
            #expect(screen.contains("warna: 0"))
            let characters = DemoRun.lines(screen).flatMap(StyledLine.parse)
            #expect(characters.allSatisfy { $0.foreground == nil && $0.background == nil })
            #expect(try word("tebal", in: row(7, of: session)).allSatisfy(\.bold))
        }

        @Test("the colour depth follows the terminal", arguments: [("vt100", 0), ("linux", 8), ("tmux-256color", 256)])
        func depthFollowsTerminal(term: String, colors: Int) throws {
            let session = try DemoRun.start(environment: TmuxSession.baseEnvironment(term: term))
            _ = try DemoRun.waitForFrame(session)
            try session.waitFor(text: "warna: \(colors)")
        }
    }
}
