import Foundation
import InovasiCore
import InovasiStore
import Testing

/// Schema version 8: sessions gain a stable `uid`, a `sequence`, a meeting link, a Laboratorium
/// Inovasi stage, attendance and follow-up. A version 7 file's sessions get a uid each, all different.
@Suite("Store: upgrading a version 7 file to version 8")
struct StoreSchemaV8Tests {
    /// Undoes what v8 added. Downgrades to older versions start with it.
    static let undoVersion8 = """
        DROP TABLE session_attendance;
        DROP INDEX session_uid;
        ALTER TABLE mentoring_session DROP COLUMN uid;
        ALTER TABLE mentoring_session DROP COLUMN sequence;
        ALTER TABLE mentoring_session DROP COLUMN meeting_link;
        ALTER TABLE mentoring_session DROP COLUMN lab_stage;
        ALTER TABLE mentoring_session DROP COLUMN follow_up;
        ALTER TABLE mentoring_session DROP COLUMN updated_at;
        DELETE FROM grdb_migrations WHERE identifier = 'v8';

        """

    static let toVersion7 =
        StoreSchemaV9Tests.undoVersion9 + undoVersion8 + """
            UPDATE meta SET value = '7' WHERE key = 'schema_version';
            PRAGMA user_version = 7;

            """

    static func session(_ title: String, agency: Agency, hoursFromNow: Double) -> MentoringSession {
        let start = Fixture.now.addingTimeInterval(hoursFromNow * 3600)
        return MentoringSession(
            title: title, startsAt: start, endsAt: start.addingTimeInterval(7200), location: "Aula",
            mode: .offline, speakerName: "Dr. Siti", speakerInstitution: "LAN RI", agencyIDs: [agency.id])
    }

    @Test func aVersionSevenFileGetsADistinctUIDForEverySession() throws {
        let fixture = try Fixture()
        let first = try fixture.store.addSession(
            Self.session("Klinik", agency: fixture.dinkes, hoursFromNow: 30), by: Fixture.admin)
        let second = try fixture.store.addSession(
            Self.session("Coaching", agency: fixture.disdik, hoursFromNow: 60), by: Fixture.admin)
        #expect(first.uid.hasSuffix("@inovasi") && first.uid != second.uid)
        let planted = try Worker.run(["sql", fixture.path, Self.toVersion7])
        #expect(planted.status == 0, "\(planted.errors)")

        let upgraded = try Store.open(at: fixture.path)
        #expect(try upgraded.check() == [])
        let sessions = try upgraded.sessions(
            from: Fixture.now, to: Fixture.now.addingTimeInterval(10 * Fixture.day))
        #expect(sessions.map(\.title) == ["Klinik", "Coaching"])
        let uids = sessions.map(\.uid)
        #expect(uids.allSatisfy { $0.hasSuffix("@inovasi") && $0.count > 30 }, "\(uids)")
        #expect(Set(uids).count == 2)
        #expect(!uids.contains(first.uid), "a backfilled uid is new, not the one the v8 file had")
        #expect(sessions.allSatisfy { $0.sequence == 0 && $0.labStage == nil && $0.updatedAt == nil })
    }
}
