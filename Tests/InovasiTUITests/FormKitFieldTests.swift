import InovasiCore
import Testing

@testable import InovasiTUI

@Suite("Form kit: choices, lists, yes/no and the level grid")
struct FormKitFieldTests {
    static let colours: [Localized] = [.plain("merah"), .plain("hijau"), .plain("biru")]

    func selected(_ driver: FormDriver, _ id: String) -> Int? {
        if case .choice(_, let selected) = driver.field(id).kind { return selected }
        return nil
    }

    @Test("a choice cycles with Left/Right and Space, and a digit picks that option; it takes no typing")
    func choice() {
        var driver = FormDriver([FormField("colour", .plain("Warna"), .choice(Self.colours, selected: 0))])
        #expect(!driver.form.isTyping)
        driver.send(.right)
        #expect(selected(driver, "colour") == 1)
        driver.send(.toggle, .toggle)
        #expect(selected(driver, "colour") == 0)
        driver.send(.left)
        #expect(selected(driver, "colour") == 2)
        driver.send(.typed("2"))
        #expect(selected(driver, "colour") == 1)
        driver.send(.typed("9"), .typed("x"))
        #expect(selected(driver, "colour") == 1)
    }

    @Test("yes/no flips with Space or Left/Right and takes y and n")
    func yesNo() {
        var driver = FormDriver([FormField("ok", .plain("Setuju"), .yesNo(false))])
        driver.send(.toggle)
        #expect(driver.field("ok").kind == .yesNo(true))
        driver.send(.typed("n"))
        #expect(driver.field("ok").kind == .yesNo(false))
        driver.send(.confirm)
        #expect(driver.field("ok").kind == .yesNo(true))
        driver.send(.right)
        #expect(driver.field("ok").kind == .yesNo(false))
    }

    static let agencies = ["Dinas Kesehatan", "Dinas Pendidikan", "Dinas Pemadam Kebakaran", "Bappeda"]

    @Test("a choice list narrows as one types; Up/Down move in it; the option under the cursor is the value")
    func pickOne() {
        var driver = FormDriver([
            FormField("agency", .plain("OPD"), .pick(PickList(options: Self.agencies))),
            FormField("other", .plain("Lain"), .text(TextInput())),
        ])
        driver.type("dinas p")
        guard case .pick(let list) = driver.field("agency").kind else { return }
        #expect(list.visible == ["Dinas Pendidikan", "Dinas Pemadam Kebakaran"])
        #expect(list.value == ["Dinas Pendidikan"])
        driver.send(.down)
        #expect(driver.field("agency").kind.value == .picks(["Dinas Pemadam Kebakaran"]))
        driver.send(.down)
        #expect(driver.form.focus == 1, "Down past the last option moves to the next field")
    }

    @Test("a choice list with free entry takes a new name when no option is exactly it")
    func freeEntry() {
        var driver = FormDriver([
            FormField("agency", .plain("OPD"), .pick(PickList(options: Self.agencies, takesFreeEntry: true)))
        ])
        driver.type("Dinas")
        #expect(driver.field("agency").kind.value == .picks(["Dinas"]))
        driver.send(.down)
        #expect(driver.field("agency").kind.value == .picks(["Dinas Kesehatan"]))
        driver.send(.clearField)
        driver.type("bappeda")
        #expect(driver.field("agency").kind.value == .picks(["Bappeda"]))
        driver.send(.clearField)
        driver.type("Satpol PP")
        #expect(driver.field("agency").kind.value == .picks(["Satpol PP"]))
    }

    @Test("a multi-pick narrows by typing and Space toggles the option under the cursor")
    func pickMany() {
        var driver = FormDriver([
            FormField("agencies", .plain("OPD"), .pick(PickList(options: Self.agencies, isMultiple: true)))
        ])
        driver.type("dinas")
        driver.send(.typed(" "), .down, .down, .toggle)
        #expect(driver.field("agencies").kind.value == .picks(["Dinas Kesehatan", "Dinas Pemadam Kebakaran"]))
        driver.send(.toggle)
        #expect(driver.field("agencies").kind.value == .picks(["Dinas Kesehatan"]))
        driver.send(.clearField)
        driver.type("bapp")
        driver.send(.toggle)
        #expect(driver.field("agencies").kind.value == .picks(["Dinas Kesehatan", "Bappeda"]))
    }

    static func grid(notes: Bool) -> FormDriver {
        let grid = LevelGrid(
            rows: [.plain("Dokumen"), .plain("Anggaran"), .plain("SK")], levels: ["0", "1", "2"], hasNotes: notes)
        return FormDriver([
            FormField("checklist", .plain("Daftar periksa"), .grid(grid)),
            FormField("note", .plain("Catatan"), .text(TextInput())),
        ])
    }

    @Test("a grid: each row picks one level by its digit (moving on) or Left/Right; the last pick leaves the grid")
    func grid() {
        var driver = Self.grid(notes: false)
        driver.send(.typed("2"))
        driver.send(.right)
        driver.send(.up)
        driver.send(.left)
        guard case .grid(let grid) = driver.field("checklist").kind else { return }
        #expect(grid.picks == [1, 2, nil])
        #expect(grid.cursor == 0)
        driver.send(.down, .down, .typed("3"))
        #expect(driver.form.focus == 0, "3 is no level here")
        driver.send(.typed("0"))
        #expect(driver.field("checklist").kind.value == .levels([1, 2, 0], notes: []))
        #expect(driver.form.focus == 1)
    }

    @Test("a grid row's note: Enter opens it, typing goes in, Enter or Esc finishes it")
    func gridNotes() {
        var driver = Self.grid(notes: true)
        driver.send(.down, .submit)
        #expect(driver.form.isTyping)
        driver.type("ada")
        driver.send(.escape)
        #expect(!driver.form.isTyping)
        driver.send(.down, .submit)
        driver.type("SK 2026")
        driver.send(.submit)
        #expect(driver.field("checklist").kind.value == .levels([nil, nil, nil], notes: ["", "ada", "SK 2026"]))
        #expect(driver.outcomes.allSatisfy { $0 == .stay })
    }
}

@Suite("Form kit: empty fields do not trap")
struct FormKitEmptyTests {
    @Test("an empty grid, an empty list and a form without fields take every intent without harm")
    func empty() {
        let all: [FormIntent] = [
            .typed("1"), .typed(" "), .erase, .eraseWord, .clearField, .left, .right, .home, .end, .toggle, .up,
            .down, .nextField, .previousField, .confirm, .deny,
        ]
        for fields in [
            [FormField("g", .plain("G"), .grid(LevelGrid(rows: [], levels: [], hasNotes: true)))],
            [FormField("p", .plain("P"), .pick(PickList(options: [], isMultiple: true)))], [],
        ] {
            var driver = FormDriver(fields)
            for intent in all { driver.send(intent) }
            driver.send(.submit, .submit, .escape, .escape)
            #expect(driver.outcomes.contains(.submit) || driver.outcomes.contains(.close))
        }
    }
}
