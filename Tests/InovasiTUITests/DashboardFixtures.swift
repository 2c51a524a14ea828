import Foundation
import InovasiCore

@testable import InovasiTUI

/// Small, fixed data for dashboard tests: a few OPDs, a kecamatan with kelurahan, a queue, sessions.
enum DashboardFixtures {
    static let zone = TimeZone(identifier: "Asia/Jakarta") ?? .gmt
    /// Monday 7 December 2026, 10:00 WIB.
    static let now = Date(timeIntervalSince1970: 1_796_612_400)

    static func context(readOnly: Bool = false) -> DashboardContext {
        DashboardContext(
            cityName: "Kota Cilegon", userName: "rina.h", role: .reviewer, dataPath: "/data/inovasi.sqlite",
            isDemo: true, isReadOnly: readOnly, timeZone: zone, overdueDays: 14)
    }

    static func state(width: Int = 160, height: Int = 48, language: Language = .id) -> DashboardState {
        DashboardState(
            context: context(), language: language, size: Size(width: width, height: height), now: now,
            themeName: "default")
    }

    static let agencies: [Agency] = [
        Agency(id: 1, code: "BAPPEDALITBANG", name: "Bappedalitbang", kind: .badan),
        Agency(id: 2, code: "DINKES", name: "Dinas Kesehatan", kind: .dinas),
        Agency(id: 3, code: "DISDUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil", kind: .dinas),
        Agency(id: 4, code: "KEC-CIBEBER", name: "Kecamatan Cibeber", kind: .kecamatan),
        Agency(id: 5, code: "KEL-BULAKAN", name: "Kelurahan Bulakan", kind: .kelurahan, parentID: 4),
        Agency(id: 6, code: "KEL-KALITIMBANG", name: "Kelurahan Kalitimbang", kind: .kelurahan, parentID: 4),
    ]

    static let progress: [AgencyProgress] = [
        row(0, stages: [.initiative: 2, .trial: 1], waiting: 1, overdue: 0, main: true, divisions: (2, 4)),
        row(
            1, stages: [.initiative: 1, .trial: 3, .implementation: 5], waiting: 4, overdue: 2, main: true,
            divisions: (3, 3)),
        row(2, stages: [.implementation: 2], waiting: 0, overdue: 0, main: false, divisions: (0, 3)),
        row(3, stages: [.trial: 1], waiting: 2, overdue: 1, main: true, divisions: (1, 2)),
        row(4, stages: [.initiative: 1], waiting: 0, overdue: 0, main: true, divisions: (0, 0)),
        row(5, stages: [:], waiting: 0, overdue: 0, main: false, divisions: (0, 0)),
    ]

    static func row(
        _ index: Int, stages: [Stage: Int], waiting: Int, overdue: Int, main: Bool, divisions: (Int, Int)
    ) -> AgencyProgress {
        AgencyProgress(
            agency: agencies[index], innovationsByStage: stages, waiting: waiting, overdue: overdue,
            hasMainInnovation: main, divisionsWithMain: divisions.0, divisionsTotal: divisions.1)
    }

    /// `count` waiting proposals, oldest first, one a day back from `now`.
    static func queueItems(count: Int, from offset: Int = 0) -> [QueueItem] {
        (offset..<offset + count).map { (index: Int) -> QueueItem in
            let status: ProposalStatus = index % 3 == 0 ? .inReview : .submitted
            let age = Double(40 - index) * 86_400
            return QueueItem(
                id: Int64(index + 1), title: "Usulan inovasi nomor \(index + 1)", agencyID: 2, agencyCode: "DINKES",
                agencyName: "Dinas Kesehatan", status: status, submittedAt: now.addingTimeInterval(-age),
                assignee: nil, version: 1)
        }
    }

    static func session(id: Int64, day: Int, hour: Int = 9, title: String = "Klinik Inovasi Pelayanan Publik")
        -> MentoringSession
    {
        let start = (CalendarDay(year: 2026, month: 12, day: day)?.start(in: zone) ?? now)
            .addingTimeInterval(Double(hour) * 3_600)
        return MentoringSession(
            id: id, title: title, startsAt: start, endsAt: start.addingTimeInterval(3 * 3_600),
            location: "Aula Bappedalitbang Kota Cilegon", mode: .offline, speakerName: "Dr. Andi Wijaya",
            speakerInstitution: "LAN RI", agencyIDs: [2], innovationIDs: [])
    }

    static let sessions: [MentoringSession] = [
        session(id: 1, day: 7), session(id: 2, day: 9, hour: 13, title: "Laboratorium Inovasi: Tahap Diagnose"),
        session(id: 3, day: 16),
    ]
}
