import InovasiCore
import Testing

/// The IID arithmetic on cases computed by hand from `iid.md`'s 2026 rules.
@Suite("IID score arithmetic")
struct IIDScoreTests {
    let rules = IIDFixture.rules

    @Test("an innovation at level 3 everywhere scores 111; SPD weights × level")
    func fullMarks() {
        #expect(rules.sidMaximum == 111)
        #expect(IIDScore.sid(rules, answers: IIDFixture.allAt(3)) == 111)
        #expect(IIDScore.sid(rules, answers: IIDFixture.allAt(1)) == 37)
        #expect(IIDScore.sid(rules, answers: [:]) == 0)
        let spd = IIDScore.spd(rules, answers: ["1": .init(level: 2), "6a": .init(level: 3)])
        #expect(spd == 1 * 2 + 0.75 * 3)
    }

    @Test("mandatory evidence missing: regulasi, SDM, kecepatan, kemanfaatan and video lose their points")
    func mandatoryMissing() {
        var answers = IIDFixture.allAt(3)
        for number in ["16", "17", "32", "33", "35"] { answers[number]?.hasEvidence = false }
        // 111 − 3 × (3 + 2 + 2 + 3 + 4) = 111 − 42 = 69
        #expect(IIDScore.sid(rules, answers: answers) == 69)
        #expect(IIDScore.missingMandatory(rules, answers: answers).map(\.number) == ["16", "17", "32", "33", "35"])

        var onlyVideo = IIDFixture.allAt(3)
        onlyVideo["35"] = IIDScore.Answer(level: 0)
        #expect(IIDScore.sid(rules, answers: onlyVideo) == 99)
        #expect(IIDScore.missingMandatory(rules, answers: onlyVideo).map(\.number) == ["35"])
        #expect(IIDScore.missingMandatory(rules, answers: IIDFixture.allAt(1)).isEmpty)
        // A non-mandatory indicator without evidence loses its points but is not named as mandatory.
        var noBudget = IIDFixture.allAt(3)
        noBudget["18"]?.hasEvidence = false
        #expect(IIDScore.sid(rules, answers: noBudget) == 105)
        #expect(IIDScore.missingMandatory(rules, answers: noBudget).isEmpty)
    }

    @Test("levels outside 0–3 are clamped")
    func clamped() {
        let indicator = IIDIndicator(number: "35", name: "Video", weight: 4, mandatory: true)
        #expect(IIDScore.points(indicator, .init(level: 7)) == 12)
        #expect(IIDScore.points(indicator, .init(level: -1)) == 0)
    }

    @Test("divisor rule: below the minimum divides by the minimum, above it by the number sent")
    func divisor() {
        let few = IIDScore.maturity([111, 60, 30], minimumDivisor: 12)
        #expect(few.divisor == 12)
        #expect(few.average == 201.0 / 12)  // 16.75
        let atMinimum = IIDScore.maturity(Array(repeating: 24, count: 12), minimumDivisor: 12)
        #expect(atMinimum.divisor == 12 && atMinimum.average == 24)
        let many = IIDScore.maturity(Array(repeating: 50, count: 15), minimumDivisor: 12)
        #expect(many.divisor == 15 && many.average == 50)
        let none = IIDScore.maturity([], minimumDivisor: 12)
        #expect(none.divisor == 12 && none.average == 0)
    }

    @Test("number score: 0.38 per innovation, capped at 200 innovations (76)")
    func cap() throws {
        let rule = try #require(rules.numberScore)
        #expect(abs(IIDScore.number(rule, count: 199, affairsCovered: true) - 75.62) < 1e-9)
        #expect(abs(IIDScore.number(rule, count: 200, affairsCovered: true) - 76) < 1e-9)
        #expect(abs(IIDScore.number(rule, count: 250, affairsCovered: true) - 76) < 1e-9)
        #expect(IIDScore.number(rule, count: 0, affairsCovered: true) == 0)
    }

    @Test("a basic-service affair without an innovation zeroes the number score")
    func affairsRule() throws {
        let affairs = try #require(rules.basicServiceAffairs)
        let rule = try #require(rules.numberScore)
        let covered = [
            "Pendidikan", " kesehatan ", "pekerjaan umum dan penataan ruang",
            "perumahan rakyat dan kawasan permukiman", "ketenteraman, ketertiban umum, dan pelindungan masyarakat",
            "pariwisata",
        ]
        let missing = IIDScore.missingAffairs(affairs, covered: covered)
        #expect(missing == ["sosial"])
        #expect(IIDScore.number(rule, count: 150, affairsCovered: missing.isEmpty) == 0)
        #expect(IIDScore.missingAffairs(affairs, covered: covered + ["Sosial"]).isEmpty)
        #expect(abs(IIDScore.number(rule, count: 150, affairsCovered: true) - 57) < 1e-9)
    }

    @Test("total and index: 30 + 40.75 + 50 = 120.75 of 250 is 48.30, Inovatif")
    func totalAndIndex() throws {
        let predicates = try #require(rules.predicates)
        let total = IIDScore.total(spd: 30, maturity: 40.75, number: 50)
        #expect(total == 120.75)
        let index = IIDScore.index(total: total, maxTotal: 250)
        #expect(abs(index - 48.3) < 1e-9)
        #expect(IIDScore.predicate(index, predicates)?.name == "Inovatif")
        #expect(IIDScore.nextPredicate(index, predicates)?.name == "Sangat Inovatif")
        #expect(IIDScore.nextPredicate(70, predicates) == nil)
        #expect(IIDScore.index(total: 250, maxTotal: 250) == 100)
    }

    @Test(
        "predicate edges compared in hundredths",
        arguments: [
            (40.00, "Kurang Inovatif"), (40.01, "Inovatif"), (65.00, "Inovatif"), (65.01, "Sangat Inovatif"),
            (0.0, "Tidak Dapat Dinilai"), (0.01, "Kurang Inovatif"), (100.0, "Sangat Inovatif"),
            (65.004, "Inovatif"), (65.006, "Sangat Inovatif"),
        ])
    func predicateEdges(index: Double, name: String) throws {
        let predicates = try #require(rules.predicates)
        #expect(IIDScore.predicate(index, predicates)?.name == name)
    }

    @Test("an index reached through the total lands on the right side of 65.01")
    func edgeThroughTotal() throws {
        let predicates = try #require(rules.predicates)
        // 162.525 / 250 × 100 = 65.01; 162.5 / 250 × 100 = 65.00
        #expect(
            IIDScore.predicate(IIDScore.index(total: 162.525, maxTotal: 250), predicates)?.name == "Sangat Inovatif")
        #expect(IIDScore.predicate(IIDScore.index(total: 162.5, maxTotal: 250), predicates)?.name == "Inovatif")
    }

    @Test("the reporting window includes its first and last day")
    func window() throws {
        let window = try #require(rules.window)
        #expect(window.contains(try #require(CalendarDay(iso: "2024-01-01"))))
        #expect(window.contains(try #require(CalendarDay(iso: "2025-12-31"))))
        #expect(!window.contains(try #require(CalendarDay(iso: "2023-12-31"))))
        #expect(!window.contains(try #require(CalendarDay(iso: "2026-01-01"))))
    }

    @Test("a partial year names the sections it lacks")
    func missingSections() {
        #expect(rules.missingSections.isEmpty)
        #expect(IIDRules(year: 2025, maxTotal: 250).missingSections.contains("divisor"))
    }
}
