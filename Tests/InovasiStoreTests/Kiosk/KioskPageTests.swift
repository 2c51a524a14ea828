import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

/// The kiosk's wall pages on the city demo, with a fixed clock (issue 13, points 1 and 2).
@Suite("Kiosk pages on the demo", .serialized)
struct KioskPageTests {
    static let sizes = [Size(width: 80, height: 25), Size(width: 160, height: 48)]

    /// `state` showing `page` (its first screenful).
    func showing(_ page: KioskPage, _ state: DashboardState) -> DashboardState {
        var state = state
        state.kiosk.index = state.context.kiosk.pages.firstIndex(of: page) ?? 0
        state.kiosk.agencyPage = 0
        return state
    }

    @Test("every page at 80×25 and 160×48, in Indonesian and English", arguments: [Language.id, .en])
    func snapshots(language: Language) throws {
        let demo = try KioskDemo()
        for size in Self.sizes {
            let state = demo.state(size, language)
            for page in KioskPage.allCases {
                assertTextSnapshot(
                    KioskDemo.text(showing(page, state)) + "\n",
                    named: "kiosk-\(page)-\(size.width)x\(size.height)-\(language).txt")
            }
        }
    }

    /// The text of every screenful of the OPD page, in turn, as the interval passes.
    func agencyScreens(_ demo: KioskDemo, _ size: Size) -> [String] {
        var state = demo.state(size, pages: [.opd, .city])
        var screens: [String] = []
        var time = KioskDemo.now
        while state.kiosk.page(in: state.context.kiosk.pages) == .opd, screens.count < 20 {
            screens.append(KioskDemo.text(state))
            time += 20
            demo.run(DashboardReducer.reduce(into: &state, action: .ticked(time)), on: &state)
        }
        return screens
    }

    @Test("the OPD page shows every demo OPD on exactly one screenful, with 'halaman n dari N'")
    func everyAgencyOnce() throws {
        let demo = try KioskDemo()
        let names = demo.data.agencies.map(\.name)
        #expect(names.count == 79)
        for (size, count) in zip(Self.sizes, [4, 2]) {
            let screens = agencyScreens(demo, size)
            #expect(screens.count == count)
            for (index, screen) in screens.enumerated() {
                #expect(screen.contains("Progres OPD · halaman \(index + 1) dari \(count)"))
            }
            let lines = screens.flatMap { $0.split(separator: "\n").map(String.init) }
            for name in names {
                // Long names are cut to the column at 80 wide: the first 30 characters name them.
                let needle = name.count <= 38 ? " " + name + " " : " " + String(name.prefix(30))
                let found = lines.filter { $0.contains(needle) }.count
                #expect(found == 1, "\(name) is on \(found) lines at \(size.width)×\(size.height)")
            }
        }
    }

    @Test("the English OPD page says 'page 2 of 4'")
    func englishPageCount() throws {
        let demo = try KioskDemo()
        var state = demo.state(Size(width: 80, height: 25), .en, pages: [.opd])
        state.kiosk.agencyPage = 1
        #expect(KioskDemo.text(state).contains("page 2 of 4"))
    }

    /// Every text the kiosk must never show, from the demo data: who reviews (login and name), who
    /// proposed and how to reach them, the narasumber, notes, the store's path and the Unix user.
    func forbidden(_ demo: KioskDemo) -> [String] {
        var texts = demo.data.users.flatMap { [$0.name, $0.displayName] }
        texts += demo.data.sessions.map(\.speakerName)
        for made in demo.data.proposals() {
            texts += [made.proposal.proposerName, made.proposal.proposerContact].compactMap { $0 }
            texts += made.scores.flatMap { [$0.note] + Array($0.criterionNotes.values) }
            texts += made.history.map(\.note)
        }
        texts += [demo.path, NSUserName()]
        return Array(Set(texts.filter { $0.count >= 3 })).sorted()
    }

    /// Whether `needle` stands in `text` as a whole word (a login such as "rina" inside "Karina" is not it).
    func containsWord(_ text: String, _ needle: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: needle, range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            searchRange = found.upperBound..<text.endIndex
        }
        return false
    }

    @Test("no page shows a reviewer, a score, a note, a proposer's contact, the Unix user or the store's path")
    func privacy() throws {
        let demo = try KioskDemo()
        let forbidden = forbidden(demo)
        #expect(forbidden.count > 50)
        for language in Language.allCases {
            for size in Self.sizes {
                let state = demo.state(size, language)
                var screens = KioskPage.allCases.map { KioskDemo.text(showing($0, state)) }
                screens += agencyScreens(demo, size)
                let scores = state.queue.page.items.compactMap { $0.score }.map {
                    NumberText.decimal($0, fractionDigits: 1, language)
                }
                #expect(!scores.isEmpty)
                let columns = [QueueText.columnScore, ColumnText.queueAssignee].map { $0.text(language) }
                for screen in screens {
                    for text in forbidden + columns where containsWord(screen, text) {
                        Issue.record("the kiosk shows “\(text)” at \(size.width)×\(size.height) (\(language))")
                    }
                    for score in scores
                    where screen.range(of: "(?<![0-9.,])\(score)(?![0-9])", options: .regularExpression) != nil {
                        Issue.record("the kiosk shows the score \(score) at \(size.width)×\(size.height)")
                    }
                }
            }
        }
    }
}
