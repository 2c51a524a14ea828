import Foundation
import InovasiCore
import InovasiStore
import Testing

/// The planner's input read from a small store: each innovation's facts, its answers of the year
/// with regulasi from its penetapan, the day it reached penerapan, and the region's SPD answers.
@Suite("Store: IID plan input")
struct StoreIIDPlanInputTests {
    let rules = StoreIIDEvidenceTests.rules
    let zone = TimeZone(identifier: "Asia/Jakarta") ?? .gmt

    @Test func answersRegulasiAndThePenerapanDayComeFromTheStore() throws {
        let fixture = try Fixture()
        let store = fixture.store
        var made = Fixture.innovation("Antar Obat", agency: fixture.dinkes, stage: .initiative)
        made.profile.sharedAffairs = ["sosial"]
        let antar = try store.addInnovation(made, by: Fixture.admin, now: Fixture.now)
        var enacted = antar
        enacted.profile.enactment = Enactment(kind: .regionalRegulation, number: "5/2025", on: Fixture.now)
        try store.editInnovation(enacted, by: Fixture.admin, now: Fixture.now)
        // 2026-06-01 17:30 UTC is 2 June in Jakarta: the day is the office's.
        let reached = Date(timeIntervalSince1970: 1_780_335_000)
        try store.moveStage(of: antar.id, .advance, by: Fixture.admin, now: reached.addingTimeInterval(-86_400))
        try store.moveStage(of: antar.id, .advance, by: Fixture.admin, now: reached)
        let sekolah = try store.addInnovation(
            Fixture.innovation("Sekolah Ramah", agency: fixture.disdik, stage: .initiative), by: Fixture.admin,
            now: Fixture.now)
        let gone = try store.addInnovation(
            Fixture.innovation("Ganda", agency: fixture.disdik, stage: .initiative), by: Fixture.admin,
            now: Fixture.now)
        try store.setIIDEvidence(
            IIDEvidence(year: 2026, innovationID: antar.id, indicator: "17", level: 2, document: "sk.pdf"),
            rules: rules, by: Fixture.admin)
        try store.setIIDEvidence(
            IIDEvidence(year: 2026, innovationID: sekolah.id, indicator: "35", level: 1), rules: rules,
            by: Fixture.admin)
        try store.setIIDEvidence(
            IIDEvidence(year: 2026, innovationID: nil, indicator: "6a", level: 3, document: "lkj"), rules: rules,
            by: Fixture.admin)
        try store.setIIDEvidence(
            IIDEvidence(year: 2026, innovationID: gone.id, indicator: "17", level: 3, document: "x"), rules: rules,
            by: Fixture.admin)
        try store.remove(.innovation, id: gone.id, note: "ganda", by: Fixture.admin)

        let input = try store.iidPlanInput(year: 2026, rules: rules, zone: zone)
        #expect(input.year == 2026)
        #expect(input.spdAnswers == ["6a": IIDScore.Answer(level: 3, hasEvidence: true)])
        #expect(input.innovations.map(\.id) == [antar.id, sekolah.id])
        let first = input.innovations[0]
        #expect(first.agencyName == "DINKES")
        #expect(first.agencyID == fixture.dinkes.id)
        #expect(first.affairs == ["kesehatan", "sosial"])
        #expect(first.stage == .implementation)
        #expect(first.implementedOn == CalendarDay(year: 2026, month: 6, day: 2))
        #expect(!first.stopped)
        #expect(
            first.answers == [
                "16": IIDScore.Answer(level: 3, hasEvidence: true), "17": IIDScore.Answer(level: 2, hasEvidence: true),
            ])
        let second = input.innovations[1]
        #expect(second.implementedOn == nil)
        #expect(second.answers == ["35": IIDScore.Answer(level: 1, hasEvidence: false)])
        // Another year has none of this year's evidence; regulasi still reads the penetapan.
        let earlier = try store.iidPlanInput(year: 2025, rules: rules, zone: zone)
        #expect(earlier.innovations.map(\.answers) == [["16": IIDScore.Answer(level: 3, hasEvidence: true)], [:]])
        #expect(earlier.spdAnswers.isEmpty)
    }

    @Test func aStoppedInnovationSaysSoAndAnSKEarnsLevelOne() throws {
        let fixture = try Fixture()
        var made = Fixture.innovation("Antar Obat", agency: fixture.dinkes, stage: .initiative)
        made.profile.enactment = Enactment(kind: .headDecree, number: "100/Kep.12", on: Fixture.now)
        let added = try fixture.store.addInnovation(made, by: Fixture.admin, now: Fixture.now)
        try fixture.store.stopInnovation(added.id, reason: "anggaran", on: Fixture.now, by: Fixture.admin)
        let input = try fixture.store.iidPlanInput(year: 2026, rules: rules, zone: zone)
        let facts = try #require(input.innovations.first)
        #expect(facts.stopped)
        #expect(facts.stage == .initiative && facts.implementedOn == nil)
        #expect(facts.answers == ["16": IIDScore.Answer(level: 1, hasEvidence: true)])
        #expect(input.spdAnswers.isEmpty)
    }
}
