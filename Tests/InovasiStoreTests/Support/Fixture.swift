import Foundation
import InovasiCore
import InovasiStore

/// A store in its own temporary folder, with users and OPDs most tests need.
final class Fixture {
    static let admin = "admin"
    static let reviewer = "rina"
    /// A reviewer who works at Dinas Kesehatan, so may not review its proposals.
    static let dinkesReviewer = "budi"
    static let supervisor = "sari"
    static let viewer = "vera"
    static let day: TimeInterval = 86_400
    /// Monday 7 December 2026, 03:00 UTC: a fixed "now" so ages in days are exact.
    static let now = Date(timeIntervalSince1970: 1_796_612_400)

    let folder: TestFolder
    let path: String
    let store: Store
    let dinkes: Agency
    let disdik: Agency
    let setda: Agency
    let cibeber: Agency
    let bulakan: Agency

    init(creator: String = Fixture.admin) throws {
        folder = try TestFolder()
        path = folder.path("data/inovasi.sqlite")
        store = try Store.create(at: path, creator: creator, now: Self.now.addingTimeInterval(-90 * Self.day))
        let at = Self.now.addingTimeInterval(-60 * Self.day)
        dinkes = try store.addAgency(
            Agency(code: "DINKES", name: "Dinas Kesehatan", kind: .dinas), by: creator, now: at)
        disdik = try store.addAgency(
            Agency(code: "DISDIKBUD", name: "Dinas Pendidikan dan Kebudayaan", kind: .dinas), by: creator, now: at)
        setda = try store.addAgency(
            Agency(code: "SETDA", name: "Sekretariat Daerah", kind: .sekretariat), by: creator, now: at)
        cibeber = try store.addAgency(
            Agency(code: "KEC-CIBEBER", name: "Kecamatan Cibeber", kind: .kecamatan), by: creator, now: at)
        bulakan = try store.addAgency(
            Agency(code: "KEL-BULAKAN", name: "Kelurahan Bulakan", kind: .kelurahan, parentID: cibeber.id),
            by: creator, now: at)
        try store.addUser(User(name: Self.reviewer, role: .reviewer, displayName: "Rina"), by: creator, now: at)
        try store.addUser(User(name: Self.dinkesReviewer, role: .reviewer, agencyID: dinkes.id), by: creator, now: at)
        try store.addUser(User(name: Self.supervisor, role: .supervisor), by: creator, now: at)
        try store.addUser(User(name: Self.viewer, role: .viewer), by: creator, now: at)
    }

    /// A valid proposal of `agency`, submitted `daysAgo` days before ``now``.
    static func proposal(
        _ title: String, agency: Agency, daysAgo: Double, form: InnovationForm = .publicService
    ) -> Proposal {
        Proposal(
            title: title, agencyID: agency.id, initiatorKind: .civilServant, initiatorName: "dr. Ani",
            form: form, kind: .digital, affair: "kesehatan", design: "Layanan antar obat bagi lansia.",
            goal: "Lansia tidak antre.", benefit: "Waktu tunggu berkurang.", expectedResult: "500 lansia terlayani.",
            budget: 25_000_000, submittedAt: now.addingTimeInterval(-daysAgo * day))
    }

    /// Adds a proposal as the admin and returns it as stored.
    @discardableResult
    func addProposal(_ title: String, agency: Agency, daysAgo: Double) throws -> Proposal {
        try store.addProposal(
            Self.proposal(title, agency: agency, daysAgo: daysAgo), by: Self.admin,
            now: Self.now.addingTimeInterval(-daysAgo * Self.day))
    }

    /// A complete score of 4 on every criterion.
    static func score(_ proposalID: Int64, by reviewer: String, value: Int = 4) -> ReviewScore {
        ReviewScore(
            proposalID: proposalID, reviewer: reviewer,
            values: Dictionary(uniqueKeysWithValues: ReviewCriterion.allCases.map { ($0, value) }),
            criterionNotes: [.renewal: "Baru di Banten"], note: "Layak", scoredAt: now)
    }

    /// An innovation of `agency` (and bidang) at `stage`.
    static func innovation(
        _ title: String, agency: Agency, division: Division? = nil, stage: Stage, isMain: Bool = false,
        form: InnovationForm = .publicService, kind: InnovationKind = .digital
    ) -> Innovation {
        Innovation(
            title: title, agencyID: agency.id, divisionID: division?.id, form: form, kind: kind, stage: stage,
            initiatorKind: .agency, initiatorName: agency.name, affair: "kesehatan", isMain: isMain,
            startedOn: now.addingTimeInterval(-200 * day))
    }
}
