import Foundation
import InovasiCore
import Testing

@testable import InovasiTUI

@Suite("Form kit: moving, saving, warnings and the Esc rule")
struct FormKitFlowTests {
    static func day(_ month: Int, _ day: Int) -> CalendarDay {
        CalendarDay(year: 2026, month: month, day: day) ?? CalendarDay(containing: .distantPast, in: .gmt)
    }

    static func form(keepsDraft: Bool = false) -> FormDriver {
        FormDriver(
            [
                FormField("title", .plain("Judul"), .text(TextInput()), isRequired: true, maxLength: 10),
                FormField("count", .plain("Jumlah"), .number(TextInput(), range: 1...100)),
                FormField(
                    "day", .plain("Tanggal"),
                    .date(
                        TextInput(),
                        range: Self.day(1, 1)...Self.day(12, 31)
                    )),
                FormField("reason", .plain("Alasan"), .multiline(TextInput()), minWords: 3),
            ], keepsDraft: keepsDraft)
    }

    @Test("Tab and Shift-Tab move between the fields and the save button, wrapping; Up/Down too")
    func moving() {
        var driver = Self.form()
        driver.send(.nextField, .nextField)
        #expect(driver.form.focus == 2)
        driver.send(.previousField)
        #expect(driver.form.focus == 1)
        driver.send(.down, .down, .down)
        #expect(driver.form.isOnSubmit)
        driver.send(.nextField)
        #expect(driver.form.focus == 0)
        driver.send(.up)
        #expect(driver.form.isOnSubmit)
    }

    @Test("a required field left empty blocks saving, named; so do a number and a date out of range, and length")
    func validation() {
        var driver = Self.form()
        driver.send(.nextField)
        driver.type("250")
        driver.send(.nextField)
        driver.type("1 Januari 2027")
        #expect(driver.send(.submit) == .stay)
        #expect(
            driver.errorTexts == [
                "Judul: wajib diisi.", "Jumlah: harus antara 1 dan 100.",
                "Tanggal: harus antara 01/01/2026 dan 31/12/2026.",
            ])
        #expect(driver.form.focus == 0)
        driver.type("Sebelas huruf")
        #expect(driver.errorTexts.count == 2, "editing a field clears its error")
        #expect(driver.send(.submit) == .stay)
        #expect(driver.errorTexts.first == "Judul: paling banyak 10 karakter.")
    }

    @Test("an error a feature adds after submit blocks saving too and names its field")
    func featureError() {
        var driver = Self.form()
        driver.type("Judul")
        driver.check = { form in
            form["reason"]?.text.isEmpty == false
                ? .none
                : FormIssues(errors: [FormIssue(field: "reason", message: .plain("wajib untuk penolakan."))])
        }
        #expect(driver.send(.submit) == .stay)
        #expect(driver.errorTexts == ["Alasan: wajib untuk penolakan."])
        #expect(driver.form.focused?.id == "reason")
        driver.type("Tidak sesuai kewenangan daerah")
        #expect(driver.send(.submit) == .submit)
    }

    @Test("warnings do not block but ask; saving needs a second confirmation, and no goes back")
    func warnings() {
        var driver = Self.form()
        driver.type("Judul")
        driver.send(.nextField, .nextField, .nextField)
        driver.type("terlalu singkat")
        driver.check = { _ in FormIssues(warnings: [FormIssue(field: "day", message: .plain("hari libur."))]) }
        #expect(driver.send(.submit) == .stay)
        guard case .save(let warnings, _) = driver.form.question else {
            Issue.record("no question asked")
            return
        }
        #expect(warnings.map(\.field) == ["reason", "day"])
        let shown = FormLines(form: driver.form, language: .id, width: 76).lines(header: [], footer: []).lines.map(
            \.text)
        #expect(shown.contains("⚠ Alasan: hanya 2 kata (disarankan paling sedikit 3)."))
        #expect(shown.contains("⚠ Tanggal: hari libur."))
        #expect(shown.last == "Tetap simpan? y/n")
        #expect(driver.send(.typed("n")) == .stay)
        #expect(driver.form.question == nil)
        #expect(driver.send(.submit) == .stay)
        #expect(driver.send(.typed("y")) == .submit)
    }

    @Test("Esc in a field being edited leaves the field and keeps its value; the next Esc asks before discarding")
    func escapeDiscard() {
        var driver = Self.form()
        driver.type("Posyandu")
        #expect(driver.send(.escape) == .stay)
        #expect(!driver.form.isEditing)
        #expect(driver.text("title") == "Posyandu")
        #expect(driver.send(.escape) == .stay)
        #expect(driver.form.question == .discard)
        let shown = FormLines(form: driver.form, language: .id, width: 76).lines(header: [], footer: []).lines
        #expect(shown.last?.text == "Buang perubahan? y/n")
        #expect(driver.send(.deny) == .stay)
        #expect(driver.text("title") == "Posyandu")
        driver.send(.escape)
        #expect(driver.send(.typed("y")) == .close)
    }

    @Test("Esc on a form without changes closes it at once")
    func escapeUnchanged() {
        var driver = Self.form()
        driver.type("x")
        driver.send(.erase)
        driver.send(.escape)
        #expect(driver.send(.escape) == .close)
    }

    @Test("a form that keeps drafts closes on Esc without asking, changes and all")
    func escapeDraft() {
        var driver = Self.form(keepsDraft: true)
        driver.type("Draf")
        driver.send(.escape)
        #expect(driver.send(.escape) == .close)
        #expect(driver.form.question == nil)
        #expect(driver.text("title") == "Draf")
    }
}

@Suite("Form kit: errors name their field")
struct FormKitNamingTests {
    @Test("an error is prefixed with its field's label, unless its text already starts with it")
    func naming() {
        let label = Localized.plain("Catatan")
        #expect(FormText.named(label, .plain("wajib diisi.")).id == "Catatan: wajib diisi.")
        #expect(FormText.named(label, .plain("Catatan wajib untuk penolakan.")).id == "Catatan wajib untuk penolakan.")
    }
}
