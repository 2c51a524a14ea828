import InovasiCore
import Testing

@testable import InovasiTUI

/// The review forms on the kit, driven by keys through the dashboard.
@Suite("Review forms on the form kit")
struct FormKitReviewTests {
    typealias Harness = DashboardReviewTests.Harness

    func filter(_ harness: Harness) -> FilterForm? {
        if case .filter(let form) = harness.state.form { return form }
        return nil
    }

    @Test("the filter form takes typing at once")
    func filterTakesTypingAtOnce() {
        let harness = Harness()
        harness.press(.character("f"), .down)
        harness.type("damkar")
        #expect(filter(harness)?.form["agency"]?.text == "damkar")
        #expect(filter(harness)?.form.focus == 1, "j and k typed into the field do not move the cursor")
        harness.press(.enter)
        #expect(harness.state.form == nil)
        #expect(harness.state.queue.query.agencyCode == "DAMKAR")
    }

    @Test("in the filter's OPD field Ctrl-W and Ctrl-U erase; Esc leaves the field, then asks before discarding")
    func filterEditingKeys() {
        let harness = Harness()
        harness.press(.character("f"), .down)
        harness.type("dinkes kota")
        harness.press(.control("w"))
        #expect(filter(harness)?.form["agency"]?.text == "dinkes ")
        harness.press(.control("u"))
        #expect(filter(harness)?.form["agency"]?.text == "")
        harness.type("DINKES")
        harness.press(.escape)
        #expect(filter(harness)?.form["agency"]?.text == "DINKES")
        harness.press(.escape)
        #expect(harness.screen.contains("Buang perubahan? y/n"))
        harness.press(.character("n"))
        #expect(filter(harness) != nil)
        harness.press(.escape, .character("y"))
        #expect(harness.state.form == nil)
        #expect(harness.state.queue.query.agencyCode == "")
    }

    @Test("Esc on a filter form without changes closes it at once")
    func filterUnchanged() {
        let harness = Harness()
        harness.press(.character("f"), .escape)
        #expect(harness.state.form == nil)
    }

    @Test("a decision with a note asks before its changes are discarded")
    func decisionDiscard() {
        let harness = Harness()
        harness.press(.character("d"), .down)
        harness.type("Perlu data")
        harness.press(.escape, .escape)
        #expect(harness.screen.contains("Buang perubahan? y/n"))
        harness.press(.enter)
        #expect(harness.state.form == nil)
        #expect(harness.desk.calls.isEmpty)
    }

    @Test("scoring keeps its draft on Esc, typed notes included, without asking")
    func scoringDraft() {
        let harness = Harness()
        harness.press(.character("s"))
        harness.type("45")
        harness.press(.tab)
        harness.type("Catatan draf")
        harness.press(.escape, .escape)
        #expect(harness.state.form == nil)
        harness.press(.character("s"))
        guard case .score(let form) = harness.state.form else {
            Issue.record("the form did not reopen")
            return
        }
        #expect(form.values == [.renewal: 4, .benefit: 5])
        #expect(form.note == "Catatan draf")
    }

    @Test("the reviewer picker narrows as one types")
    func pickerNarrows() {
        let harness = Harness(role: .admin)
        harness.press(.character("a"))
        harness.type("rina")
        harness.press(.enter)
        #expect(harness.desk.calls == [.assign([1], "rina.h", [1: 1])])
    }

    @Test("Tab and Shift-Tab move between the filter's fields")
    func filterTab() {
        let harness = Harness()
        harness.press(.character("f"), .tab, .tab, .tab)
        #expect(filter(harness)?.form.focus == 3)
        harness.press(.backTab)
        #expect(filter(harness)?.form.focus == 2)
    }
}

@Suite("Review forms on the form kit: language")
struct FormKitReviewLanguageTests {
    @Test("the reviewer picker's roles follow the language on screen")
    func pickerLanguage() {
        let harness = DashboardReviewTests.Harness(role: .admin)
        harness.press(.character("a"))
        #expect(harness.screen.contains("budi.s — Budi Santoso (Penilai)"))
        var state = harness.state
        state.language = .en
        var canvas = Canvas(size: state.size)
        if let form = state.form {
            ReviewFormView.render(form, state: state, into: &canvas, theme: .builtIn)
        }
        #expect(canvas.text().contains("budi.s — Budi Santoso (Reviewer)"))
    }
}
