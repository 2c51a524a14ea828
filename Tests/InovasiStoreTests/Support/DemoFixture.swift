import Foundation
import InovasiCore

/// A small hand-made demo data set: a kelurahan listed before its kecamatan, one proposal in four
/// approved, scores and history for each, and an optional broken score to test all-or-nothing.
enum DemoFixture {
    static let now = Fixture.now

    static func make(proposals count: Int, brokenAt broken: Int? = nil) -> DemoDataSet {
        let agencies = [
            Agency(id: 1, code: "DINKES", name: "Dinas Kesehatan", kind: .dinas),
            Agency(id: 2, code: "KEL-KETILENG", name: "Kelurahan Ketileng", kind: .kelurahan, parentID: 3),
            Agency(id: 3, code: "KEC-CILEGON", name: "Kecamatan Cilegon", kind: .kecamatan),
        ]
        let divisions = [Division(id: 1, agencyID: 1, name: "Bidang Pelayanan Kesehatan")]
        let users = [
            User(name: "rina", role: .reviewer, displayName: "Rina"), User(name: "sari", role: .supervisor),
            User(name: "admin", role: .viewer),
        ]
        let innovations = [
            Innovation(
                id: 1, title: "I-HATI", agencyID: 1, form: .governance, kind: .digital, stage: .implementation,
                initiatorKind: .agency, initiatorName: "Dinas Kesehatan", affair: "kesehatan", isMain: true,
                startedOn: now.addingTimeInterval(-400 * Fixture.day)),
            Innovation(
                id: 2, title: "Usulan 2", agencyID: 2, form: .publicService, kind: .nonDigital, stage: .initiative,
                initiatorKind: .civilServant, initiatorName: "ASN", affair: "sosial", isMain: true,
                startedOn: now.addingTimeInterval(-10 * Fixture.day), proposalID: 3),
        ]
        let sessions = [
            MentoringSession(
                id: 1, title: "Laboratorium Inovasi: diagnose", startsAt: now, endsAt: now.addingTimeInterval(7200),
                location: "Aula", mode: .offline, speakerName: "Dr. Budi", speakerInstitution: "LAN RI",
                agencyIDs: [1, 2], innovationIDs: [1])
        ]
        return DemoDataSet(
            agencies: agencies, divisions: divisions, users: users, innovations: innovations, sessions: sessions,
            proposalCount: count, makeProposal: { index in proposal(index, broken: index == broken) })
    }

    /// Proposal `index` (id index + 1): submitted, in review, approved or rejected in turn.
    static func proposal(_ index: Int, broken: Bool) -> DemoProposal {
        let id = Int64(index + 1)
        let submitted = now.addingTimeInterval(-Double(index % 60 + 1) * Fixture.day)
        let status: [ProposalStatus] = [.submitted, .inReview, .approved, .rejected]
        let events: [[String]] = [[], ["take"], ["take", "approve"], ["take", "reject"]]
        let step = index % 4
        var proposal = Proposal(
            id: id, title: "Usulan \(id)", agencyID: Int64(index % 2 + 1), initiatorKind: .civilServant,
            initiatorName: "ASN", form: .publicService, kind: .digital, affair: "kesehatan",
            design: "Rancang bangun", goal: "Tujuan", benefit: "Manfaat", expectedResult: "Hasil", budget: 5_000_000,
            submittedAt: submitted, status: status[step], version: Int64(1 + events[step].count))
        proposal.updatedAt = submitted.addingTimeInterval(Double(events[step].count) * 3600)
        var history = [
            AuditEntry(at: submitted, user: "admin", action: "proposal.add", entity: "proposal", entityID: id)
        ]
        for (offset, event) in events[step].enumerated() {
            history.append(
                AuditEntry(
                    at: submitted.addingTimeInterval(Double(offset + 1) * 3600), user: "rina",
                    action: "proposal.\(event)",
                    entity: "proposal", entityID: id, note: event == "reject" ? "Belum layak" : ""))
        }
        var scores = step == 0 ? [] : [Fixture.score(id, by: "rina", value: step == 3 ? 2 : 4)]
        if broken { scores = [Fixture.score(id, by: "rina", value: 9)] }
        return DemoProposal(proposal: proposal, assignee: step == 0 ? nil : "rina", scores: scores, history: history)
    }
}
