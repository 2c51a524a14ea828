import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: OPD progress")
struct StoreProgressTests {
    let now = Fixture.now

    /// Applies `events` in order as the reviewer (the admin for withdrawals), from version 1.
    func walk(_ fixture: Fixture, _ proposal: Proposal, _ events: [ProposalEvent]) throws {
        var version = proposal.version
        for event in events {
            let actor = event == .withdraw ? Fixture.admin : Fixture.reviewer
            let note = event.requiresNote ? "Catatan" : ""
            version = try fixture.store.apply(event, to: proposal.id, expectedVersion: version, note: note, by: actor)
                .version
        }
    }

    @Test func progressCountsStagesWaitingOverdueAndMainInnovations() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let service = try store.addDivision(
            Division(agencyID: fixture.dinkes.id, name: "Bidang Pelayanan"), by: Fixture.admin)
        let prevention = try store.addDivision(
            Division(agencyID: fixture.dinkes.id, name: "Bidang Pencegahan"), by: Fixture.admin)
        let primary = try store.addDivision(Division(agencyID: fixture.disdik.id, name: "Bidang SD"), by: Fixture.admin)
        for innovation in [
            Fixture.innovation(
                "I-HATI", agency: fixture.dinkes, stage: .implementation, isMain: true, form: .governance),
            Fixture.innovation(
                "Gegana Pedes", agency: fixture.dinkes, division: service, stage: .trial, isMain: true,
                kind: .nonDigital),
            Fixture.innovation("Posyandu Digital", agency: fixture.dinkes, division: prevention, stage: .initiative),
            Fixture.innovation(
                "Sekolah Ramah Anak", agency: fixture.disdik, division: primary, stage: .trial, isMain: true),
        ] {
            _ = try store.addInnovation(innovation, by: Fixture.admin)
        }
        let overdueSubmitted = try fixture.addProposal("Lama menunggu", agency: fixture.dinkes, daysAgo: 20)
        let borderline = try fixture.addProposal("Tepat 14 hari", agency: fixture.dinkes, daysAgo: 14)
        try walk(fixture, try fixture.addProposal("Ditinjau lama", agency: fixture.dinkes, daysAgo: 15), [.take])
        try walk(fixture, try fixture.addProposal("Ditolak", agency: fixture.dinkes, daysAgo: 30), [.take, .reject])
        try fixture.addProposal("Baru", agency: fixture.dinkes, daysAgo: 1)
        try fixture.addProposal("Sangat lama", agency: fixture.disdik, daysAgo: 40)
        try walk(
            fixture, try fixture.addProposal("Revisi", agency: fixture.disdik, daysAgo: 2), [.take, .requestRevision])
        try walk(fixture, try fixture.addProposal("Ditarik", agency: fixture.bulakan, daysAgo: 16), [.withdraw])

        let rows = try store.progress(now: now, overdueDays: 14)
        #expect(rows.map(\.agency.code) == ["SETDA", "DINKES", "DISDIKBUD", "KEC-CIBEBER", "KEL-BULAKAN"])
        let byCode = Dictionary(uniqueKeysWithValues: rows.map { ($0.agency.code, $0) })

        let dinkes = try #require(byCode["DINKES"])
        #expect(dinkes.innovationsByStage == [.implementation: 1, .trial: 1, .initiative: 1])
        #expect(dinkes.innovationsByForm == [.governance: 1, .publicService: 2])
        #expect(dinkes.innovationsByKind == [.digital: 2, .nonDigital: 1])
        #expect(dinkes.proposalsByStatus == [.submitted: 3, .inReview: 1, .rejected: 1])
        #expect(dinkes.waiting == 4)
        #expect(dinkes.overdue == 2)
        #expect(dinkes.hasMainInnovation)
        #expect(dinkes.divisionsWithMain == 1)
        #expect(dinkes.divisionsTotal == 2)
        #expect(!dinkes.meetsInstruction)

        let disdik = try #require(byCode["DISDIKBUD"])
        #expect(disdik.innovationsByStage == [.trial: 1])
        #expect(disdik.proposalsByStatus == [.submitted: 1, .revisionRequested: 1])
        #expect(disdik.waiting == 1)
        #expect(disdik.overdue == 1)
        #expect(!disdik.hasMainInnovation)
        #expect(disdik.divisionsWithMain == 1 && disdik.divisionsTotal == 1)

        #expect(byCode["SETDA"] == AgencyProgress(agency: fixture.setda))
        let bulakan = try #require(byCode["KEL-BULAKAN"])
        #expect(bulakan.proposalsByStatus == [.withdrawn: 1])
        #expect(bulakan.waiting == 0 && bulakan.overdue == 0)

        // The SQL agrees with the domain's own rule, proposal by proposal.
        for row in rows {
            let proposals = try store.proposals(agencyID: row.agency.id)
            #expect(row.overdue == proposals.filter { $0.isOverdue(now: now, overdueDays: 14) }.count)
        }
        #expect(overdueSubmitted.isOverdue(now: now, overdueDays: 14))
        #expect(!borderline.isOverdue(now: now, overdueDays: 14))
        #expect(try store.progress(now: now, overdueDays: 13).first { $0.agency.code == "DINKES" }?.overdue == 3)
    }
}
