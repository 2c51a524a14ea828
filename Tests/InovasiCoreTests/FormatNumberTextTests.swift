import InovasiCore
import Testing

@Suite("NumberText")
struct FormatNumberTextTests {
    @Test("groups thousands with a dot in Bahasa Indonesia and a comma in English")
    func grouping() {
        #expect(NumberText.grouped(1_250_000, .id) == "1.250.000")
        #expect(NumberText.grouped(1_250_000, .en) == "1,250,000")
        #expect(NumberText.grouped(999, .id) == "999")
        #expect(NumberText.grouped(1000, .id) == "1.000")
        #expect(NumberText.grouped(0, .en) == "0")
        #expect(NumberText.grouped(-12_345, .id) == "-12.345")
        #expect(NumberText.grouped(Int64.min, .en) == "-9,223,372,036,854,775,808")
    }

    @Test("writes rupiah in whole units")
    func rupiah() {
        #expect(NumberText.rupiah(75_000_000, .id) == "Rp 75.000.000")
        #expect(NumberText.rupiah(75_000_000, .en) == "IDR 75,000,000")
    }

    @Test("writes decimals with a comma in Bahasa Indonesia, rounding half away from zero")
    func decimals() {
        #expect(NumberText.decimal(3.75, fractionDigits: 2, .id) == "3,75")
        #expect(NumberText.decimal(3.75, fractionDigits: 2, .en) == "3.75")
        #expect(NumberText.decimal(1234.5, fractionDigits: 1, .id) == "1.234,5")
        #expect(NumberText.decimal(2.005, fractionDigits: 0, .en) == "2")
        #expect(NumberText.decimal(0.05, fractionDigits: 2, .id) == "0,05")
        #expect(NumberText.decimal(-1.5, fractionDigits: 1, .en) == "-1.5")
        #expect(NumberText.decimal(.nan, fractionDigits: 1, .en) == "–")
    }
}
