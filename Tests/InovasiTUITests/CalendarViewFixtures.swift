import Foundation
import InovasiCore

@testable import InovasiTUI

/// Sessions for the calendar's views: this week and next with every status, two institutions and
/// several OPDs, one today 10 minutes from the fixtures' now (10:00 WIB, Monday 7 December 2026).
enum CalendarViewFixtures {
    static func session(
        _ id: Int64, day: Int, hour: Int, minute: Int = 0, month: Int = 12, title: String,
        institution: String = "LAN RI", agencies: [Int64] = [2], status: SessionStatus = .scheduled
    ) -> MentoringSession {
        let zone = DashboardFixtures.zone
        let year = month == 1 ? 2027 : 2026
        let start = (CalendarDay(year: year, month: month, day: day)?.start(in: zone) ?? DashboardFixtures.now)
            .addingTimeInterval(Double(hour * 3_600 + minute * 60))
        return MentoringSession(
            id: id, title: title, startsAt: start, endsAt: start.addingTimeInterval(2 * 3_600),
            location: "Aula Bappedalitbang", mode: .offline, speakerName: "Dr. Andi Wijaya",
            speakerInstitution: institution, agencyIDs: agencies, innovationIDs: [], status: status)
    }

    static let sessions: [MentoringSession] = [
        session(1, day: 7, hour: 8, title: "Klinik Inovasi Pelayanan Publik", status: .done),
        session(2, day: 7, hour: 10, minute: 10, title: "Coaching Proposal Dinkes", agencies: [2, 1]),
        session(3, day: 7, hour: 13, minute: 30, title: "Laboratorium Inovasi: Diagnose", institution: "BRIN"),
        session(4, day: 9, hour: 9, title: "Sosialisasi SIPPN", institution: "KemenPAN-RB", status: .cancelled),
        session(5, day: 15, hour: 9, title: "Pendampingan Kelurahan", institution: "Kemendagri", agencies: [5]),
        session(6, day: 17, hour: 14, title: "Design Sprint Disdukcapil", institution: "BRIN", agencies: [3]),
        session(7, day: 4, hour: 9, month: 1, title: "Evaluasi Awal Tahun", agencies: [1]),
    ]

    static func data() -> DashboardFakeData {
        let data = DashboardFakeData()
        data.allSessions = sessions
        return data
    }
}
