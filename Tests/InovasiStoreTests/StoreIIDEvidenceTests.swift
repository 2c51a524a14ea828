import Foundation
import InovasiCore
import InovasiStore
import Testing

/// IID evidence in the store: one record per year, innovation (or the region) and indicator, the
/// latest entry winning and the audit keeping the earlier ones; refusals of the regulasi indicator,
/// unknown indicators and other years; who may enter it.
@Suite("Store: IID evidence")
struct StoreIIDEvidenceTests {
    static let operatorName = "operator.dinkes"
    static let year = 2026

    /// A small year: regulasi from the penetapan, two entered SID indicators, two SPD ones.
    static let rules = IIDRules(
        year: year,
        spd: [
            IIDIndicator(number: "1", name: "Visi", weight: 1), IIDIndicator(number: "6a", name: "Kerja", weight: 1),
        ],
        sid: [
            IIDIndicator(number: "16", name: "Regulasi", weight: 3, mandatory: true, fromEnactment: true),
            IIDIndicator(number: "17", name: "SDM", weight: 2, mandatory: true),
            IIDIndicator(number: "35", name: "Video", weight: 4, mandatory: true),
        ])

    func fixture() throws -> (Fixture, Innovation) {
        let fixture = try Fixture()
        try fixture.store.addUser(
            User(name: Self.operatorName, role: .operator, agencyID: fixture.dinkes.id), by: Fixture.admin,
            now: Fixture.now)
        let innovation = try fixture.store.addInnovation(
            Fixture.innovation("Antar Obat", agency: fixture.dinkes, stage: .initiative), by: Fixture.admin,
            now: Fixture.now)
        return (fixture, innovation)
    }

    func entry(_ id: Int64?, _ indicator: String, _ level: Int, document: String = "sk.pdf", note: String = "")
        -> IIDEvidence
    {
        IIDEvidence(
            year: Self.year, innovationID: id, indicator: indicator, level: level, document: document, note: note)
    }

    @Test func theLatestEntryWinsAndTheAuditKeepsEachChange() throws {
        let (fixture, innovation) = try fixture()
        let later = Fixture.now.addingTimeInterval(3600)
        let first = try fixture.store.setIIDEvidence(
            entry(innovation.id, "17", 1, note: "5 orang"), rules: Self.rules, by: Fixture.reviewer, now: Fixture.now)
        #expect(first.enteredBy == Fixture.reviewer && first.enteredAt == Fixture.now)
        let second = try fixture.store.setIIDEvidence(
            entry(innovation.id, "17", 2, document: " sk-tim.pdf "), rules: Self.rules, by: Fixture.admin, now: later)
        #expect(second.document == "sk-tim.pdf")
        #expect(try fixture.store.iidEvidence(year: Self.year, innovationID: innovation.id) == [second])
        // The same values again write nothing: the stored record and its audit stay as they were.
        let same = try fixture.store.setIIDEvidence(
            entry(innovation.id, "17", 2, document: "sk-tim.pdf"), rules: Self.rules, by: Fixture.reviewer,
            now: later.addingTimeInterval(60))
        #expect(same == second)
        let audit = try fixture.store.auditLog(entity: "iid_evidence", id: innovation.id)
        #expect(audit.map(\.action) == ["iid.evidence", "iid.evidence"])
        #expect(audit[0].before == nil)
        #expect(audit[1].before?.contains("\"level\":1") == true)
        #expect(audit[1].after?.contains("\"level\":2") == true)
        #expect(audit[1].user == Fixture.admin)
        #expect(try fixture.store.iidEvidence(year: 2025, innovationID: innovation.id) == [])
    }

    @Test func theRegionsSPDEvidenceIsKeptApartFromAnInnovations() throws {
        let (fixture, innovation) = try fixture()
        let spd = try fixture.store.setIIDEvidence(
            entry(nil, "6A", 3, document: "https://example.org/lkj"), rules: Self.rules, by: Fixture.admin,
            now: Fixture.now)
        #expect(spd.indicator == "6a")
        #expect(try fixture.store.iidEvidence(year: Self.year, innovationID: nil) == [spd])
        #expect(try fixture.store.iidEvidence(year: Self.year, innovationID: innovation.id) == [])
        // An SPD number on an innovation, and a SID number on the region, are unknown there.
        let unknown = StoreError.validation(ValidationError(field: "indicator", reason: .unknownReference))
        #expect(throws: unknown) {
            try fixture.store.setIIDEvidence(entry(innovation.id, "6a", 1), rules: Self.rules, by: Fixture.admin)
        }
        #expect(throws: unknown) {
            try fixture.store.setIIDEvidence(entry(nil, "17", 1), rules: Self.rules, by: Fixture.admin)
        }
    }

    @Test func regulasiIsRefusedNamingThePenetapanAndItsCommand() throws {
        let (fixture, innovation) = try fixture()
        let refusal = try #require(throws: StoreError.self) {
            try fixture.store.setIIDEvidence(entry(innovation.id, "16", 3), rules: Self.rules, by: Fixture.admin)
        }
        #expect(refusal == .iidFromEnactment(indicator: "16", innovationID: innovation.id))
        #expect(refusal.message(.id).contains("penetapan"))
        #expect(refusal.message(.en).contains("inovasi innovation edit \(innovation.id) --enactment-kind"))
        #expect(refusal.exitCode == 1)
        #expect(try fixture.store.iidEvidence(year: Self.year, innovationID: innovation.id) == [])
    }

    @Test func badValuesAreRefusedByField() throws {
        let (fixture, innovation) = try fixture()
        let cases: [(IIDEvidence, String, ValidationError.Reason)] = [
            (entry(innovation.id, "17", 4), "level", .invalid),
            (entry(innovation.id, "17", -1), "level", .invalid),
            (entry(innovation.id, "99", 1), "indicator", .unknownReference),
            (entry(9_999, "17", 1), "innovationID", .unknownReference),
            (
                IIDEvidence(year: 2025, innovationID: innovation.id, indicator: "17", level: 1, document: "a"),
                "year", .invalid
            ),
            (
                entry(innovation.id, "17", 1, document: String(repeating: "x", count: 1_001)), "document",
                .tooLong(max: 1_000)
            ),
        ]
        for (value, field, reason) in cases {
            #expect(throws: StoreError.validation(ValidationError(field: field, reason: reason))) {
                try fixture.store.setIIDEvidence(value, rules: Self.rules, by: Fixture.admin)
            }
        }
        try fixture.store.remove(.innovation, id: innovation.id, note: "ganda", by: Fixture.admin)
        #expect(throws: StoreError.removed(entity: "innovation", id: innovation.id)) {
            try fixture.store.setIIDEvidence(entry(innovation.id, "17", 1), rules: Self.rules, by: Fixture.admin)
        }
        #expect(try fixture.store.auditLog(entity: "iid_evidence", id: innovation.id) == [])
    }

    @Test func anOperatorEntersOnlyItsOwnOPDsInnovationsAndReadersNothing() throws {
        let (fixture, innovation) = try fixture()
        let other = try fixture.store.addInnovation(
            Fixture.innovation("Sekolah Ramah", agency: fixture.disdik, stage: .initiative), by: Fixture.admin)
        let own = try fixture.store.setIIDEvidence(
            entry(innovation.id, "35", 2), rules: Self.rules, by: Self.operatorName, now: Fixture.now)
        #expect(own.enteredBy == Self.operatorName)
        #expect(throws: StoreError.otherAgency(user: Self.operatorName, agency: "DINKES", proposalAgency: "DISDIKBUD"))
        {
            try fixture.store.setIIDEvidence(entry(other.id, "35", 2), rules: Self.rules, by: Self.operatorName)
        }
        #expect(
            throws: StoreError.permissionDenied(user: Self.operatorName, role: .operator, action: "iid.evidence")
        ) {
            try fixture.store.setIIDEvidence(entry(nil, "1", 2), rules: Self.rules, by: Self.operatorName)
        }
        for (user, role) in [(Fixture.viewer, Role.viewer), (Fixture.supervisor, .supervisor)] {
            #expect(throws: StoreError.permissionDenied(user: user, role: role, action: "iid.evidence")) {
                try fixture.store.setIIDEvidence(entry(innovation.id, "35", 3), rules: Self.rules, by: user)
            }
        }
        try fixture.store.addUser(User(name: "guru", role: .reviewer, isExternal: true), by: Fixture.admin)
        #expect(throws: StoreError.permissionDenied(user: "guru", role: .reviewer, action: "iid.evidence")) {
            try fixture.store.setIIDEvidence(entry(innovation.id, "35", 3), rules: Self.rules, by: "guru")
        }
        #expect(try fixture.store.iidEvidence(year: Self.year, innovationID: other.id) == [])
        #expect(try fixture.store.iidEvidence(year: Self.year, innovationID: innovation.id) == [own])
    }

    @Test func undoingAnApprovalDeletesTheEvidenceOfItsInnovationWithAnAuditRow() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("Sekolah ramah anak", agency: fixture.disdik, daysAgo: 5)
        _ = try fixture.store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        _ = try fixture.store.apply(.approve, to: proposal.id, expectedVersion: 2, note: "", by: Fixture.reviewer)
        let innovation = try #require(try fixture.store.innovations(agencyID: fixture.disdik.id).first)
        try fixture.store.setIIDEvidence(entry(innovation.id, "17", 1), rules: Self.rules, by: Fixture.admin)
        _ = try fixture.store.undoLast(proposalID: proposal.id, by: Fixture.reviewer)
        #expect(try fixture.store.iidEvidence(year: Self.year, innovationID: innovation.id) == [])
        #expect(try fixture.store.check() == [])
        let audit = try fixture.store.auditLog(entity: "iid_evidence", id: innovation.id)
        #expect(audit.count == 2)
        #expect(audit.last?.before?.contains("\"indicator\":\"17\"") == true && audit.last?.after == nil)
    }

    @Test func checkNamesALevelOutOfRangeAndEvidenceOfAnInnovationThatDoesNotExist() throws {
        let (fixture, innovation) = try fixture()
        try fixture.store.setIIDEvidence(entry(innovation.id, "17", 2), rules: Self.rules, by: Fixture.admin)
        #expect(try fixture.store.check() == [])
        let planted = try Worker.run([
            "sql", fixture.path,
            "UPDATE iid_evidence SET level = 7; INSERT INTO iid_evidence (year, innovation_id, indicator, level, "
                + "entered_by, entered_at) VALUES (2026, 999, '17', 1, 'x', '2026-12-07T03:00:00.000Z')",
        ])
        #expect(planted.status == 0, "\(planted.errors)")
        let kinds = Set(try fixture.store.check().map(\.kind))
        #expect(kinds.isSuperset(of: ["iidLevel", "iidOrphan"]))
    }
}
