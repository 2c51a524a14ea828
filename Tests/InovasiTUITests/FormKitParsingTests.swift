import InovasiCore
import Testing

@testable import InovasiTUI

@Suite("Form kit: numbers, dates and times as people type them")
struct FormKitParsingTests {
    @Test(
        "numbers with Indonesian thousands, with or without Rp",
        arguments: ["1.250.000", "1250000", "Rp 1.250.000", "Rp1.250.000", "rp. 1.250.000", " 1.250.000 "])
    func numbers(text: String) {
        #expect(FieldParsing.number(text) == 1_250_000)
    }

    @Test(
        "what is not a whole number is refused", arguments: ["1,5", "12.50", "1.2500.000", "abc", "", "Rp", "1.250."])
    func notNumbers(text: String) {
        #expect(FieldParsing.number(text) == nil)
    }

    @Test(
        "dates as dd/mm/yyyy, with Indonesian or English month names, and ISO",
        arguments: [
            "07/12/2026", "7/12/2026", "7 Desember 2026", "7 desember 2026", "7 Des 2026", "7 December 2026",
            "07 Dec 2026", "2026-12-07",
        ])
    func dates(text: String) {
        #expect(FieldParsing.date(text) == CalendarDay(year: 2026, month: 12, day: 7))
    }

    @Test(
        "what is not a real date is refused",
        arguments: ["30/02/2026", "7 Desemberr 2026", "2026/12/07", "7-12-2026", "besok"])
    func notDates(text: String) {
        #expect(FieldParsing.date(text) == nil)
    }

    @Test("times as 09:30 or 9.30", arguments: ["09:30", "9:30", "9.30", "09.30"])
    func times(text: String) {
        #expect(FieldParsing.time(text)?.description == "09:30")
    }

    @Test("what is not a time of day is refused", arguments: ["24:00", "9:75", "930", "9:3", "jam 9"])
    func notTimes(text: String) {
        #expect(FieldParsing.time(text) == nil)
    }

    static func typedForm() -> FormDriver {
        FormDriver([
            FormField("budget", .plain("Anggaran"), .number(TextInput(), range: 0...5_000_000)),
            FormField("day", .plain("Tanggal"), .date(TextInput(), range: nil)),
            FormField("time", .plain("Jam"), .time(TextInput())),
        ])
    }

    @Test("leaving a field writes the value the form's way: 1.250.000, 07/12/2026, 09:30")
    func normalised() {
        var driver = Self.typedForm()
        driver.type("Rp 1250000")
        driver.send(.nextField)
        driver.type("7 Desember 2026")
        driver.send(.nextField)
        driver.type("9.30")
        driver.send(.nextField)
        #expect(driver.text("budget") == "1.250.000")
        #expect(driver.text("day") == "07/12/2026")
        #expect(driver.text("time") == "09:30")
        #expect(driver.send(.submit) == .submit)
    }

    @Test("bad input is refused on save, each error naming its field, and the focus goes to the first")
    func refused() {
        var driver = Self.typedForm()
        driver.type("satu juta")
        driver.send(.nextField)
        driver.type("31/11/2026")
        driver.send(.nextField)
        driver.type("25:00")
        #expect(driver.send(.submit) == .stay)
        #expect(driver.form.focus == 0)
        #expect(driver.errorTexts.count == 3)
        #expect(driver.errorTexts[0].hasPrefix("Anggaran: bukan angka"))
        #expect(driver.errorTexts[1].hasPrefix("Tanggal: bukan tanggal"))
        #expect(driver.errorTexts[2].hasPrefix("Jam: bukan jam"))
    }
}
