import Foundation
import InovasiCore
import InovasiStore
import Testing

/// Schema version 6: the operator role (the `user` table rebuilt to accept it) and review rounds
/// (`proposal.round`, `review_score` keyed by round). An older file keeps its users and scores.
@Suite("Store: upgrading a version 5 file to version 6")
struct StoreSchemaV6Tests {
    /// Undoes what v6 added: the `user` and `review_score` tables back in their version 1 shape,
    /// `proposal.round` dropped, operators removed (a version 5 file cannot hold them).
    static let undoVersion6 = """
        DELETE FROM user WHERE role = 'operator';
        CREATE TABLE user_v5 (
            name TEXT PRIMARY KEY NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('admin', 'reviewer', 'supervisor', 'viewer')),
            agency_id INTEGER REFERENCES agency(id),
            display_name TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO user_v5 SELECT name, role, agency_id, display_name FROM user;
        DROP TABLE user; ALTER TABLE user_v5 RENAME TO user;
        CREATE INDEX user_agency ON user(agency_id);
        CREATE TABLE review_score_v5 (
            proposal_id INTEGER NOT NULL REFERENCES proposal(id),
            reviewer TEXT NOT NULL REFERENCES user(name),
            renewal INTEGER NOT NULL CHECK (renewal BETWEEN 1 AND 5),
            benefit INTEGER NOT NULL CHECK (benefit BETWEEN 1 AND 5),
            no_undue_burden INTEGER NOT NULL CHECK (no_undue_burden BETWEEN 1 AND 5),
            within_authority INTEGER NOT NULL CHECK (within_authority BETWEEN 1 AND 5),
            replicable INTEGER NOT NULL CHECK (replicable BETWEEN 1 AND 5),
            criterion_notes TEXT NOT NULL DEFAULT '{}',
            note TEXT NOT NULL DEFAULT '',
            scored_at TEXT NOT NULL,
            PRIMARY KEY (proposal_id, reviewer)
        ) WITHOUT ROWID;
        INSERT OR REPLACE INTO review_score_v5 SELECT proposal_id, reviewer, renewal, benefit, no_undue_burden,
            within_authority, replicable, criterion_notes, note, scored_at FROM review_score ORDER BY round;
        DROP TABLE review_score; ALTER TABLE review_score_v5 RENAME TO review_score;
        CREATE INDEX review_score_reviewer ON review_score(reviewer);
        CREATE INDEX review_score_values
            ON review_score(proposal_id, renewal, benefit, no_undue_burden, within_authority, replicable);
        ALTER TABLE proposal DROP COLUMN round;
        DELETE FROM grdb_migrations WHERE identifier = 'v6';

        """

    /// Turns a current store back into what a version 5 build wrote.
    static let toVersion5 =
        StoreSchemaV9Tests.undoVersion9 + StoreSchemaV8Tests.undoVersion8 + StoreSchemaV7Tests.undoVersion7
        + undoVersion6 + """
            UPDATE meta SET value = '5' WHERE key = 'schema_version';
            PRAGMA user_version = 5;

            """

    @Test func aVersionFiveFileKeepsItsUsersAndScoresInTheRightRounds() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let first = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 20)
        let second = try fixture.addProposal("Sekolah ramah anak", agency: fixture.disdik, daysAgo: 10)
        var proposal = try store.apply(
            .take, to: first.id, expectedVersion: 1, note: "", by: Fixture.reviewer, now: Fixture.now - 9 * Fixture.day)
        var early = Fixture.score(first.id, by: Fixture.reviewer, value: 2)
        early.scoredAt = Fixture.now - 8 * Fixture.day
        try store.saveScore(early, by: Fixture.reviewer, now: early.scoredAt)
        proposal = try store.apply(
            .requestRevision, to: first.id, expectedVersion: proposal.version, note: "Lengkapi anggaran",
            by: Fixture.reviewer, now: Fixture.now - 7 * Fixture.day)
        proposal = try store.apply(
            .resubmit, to: first.id, expectedVersion: proposal.version, note: "", by: Fixture.admin,
            now: Fixture.now - 6 * Fixture.day)
        proposal = try store.apply(
            .take, to: first.id, expectedVersion: proposal.version, note: "", by: Fixture.reviewer,
            now: Fixture.now - 5 * Fixture.day)
        var late = Fixture.score(first.id, by: Fixture.reviewer, value: 5)
        late.scoredAt = Fixture.now - 4 * Fixture.day
        try store.saveScore(late, by: Fixture.reviewer, now: late.scoredAt)
        let usersBefore = try store.users()
        let planted = try Worker.run(["sql", fixture.path, Self.toVersion5])
        #expect(planted.status == 0, "\(planted.errors)")

        let upgraded = try Store.open(at: fixture.path)
        #expect(try upgraded.check() == [])
        #expect(try upgraded.users() == usersBefore)
        #expect(try upgraded.proposal(id: first.id)?.round == 2)
        #expect(try upgraded.proposal(id: second.id)?.round == 1)
        let scores = try upgraded.scores(proposalID: first.id)
        // The version 5 file kept one row per reviewer: the later one, given in round 2.
        #expect(scores.map(\.round) == [2])
        #expect(scores.first?.values[.renewal] == 5)
        try upgraded.addUser(
            User(name: "operator.dinkes", role: .operator, agencyID: fixture.dinkes.id), by: Fixture.admin,
            now: Fixture.now)
        #expect(try upgraded.user(named: "operator.dinkes")?.role == .operator)
    }

    @Test func aScoreGivenBeforeAResubmissionStaysInTheFirstRound() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let first = try fixture.addProposal("Antar obat lansia", agency: fixture.dinkes, daysAgo: 20)
        var proposal = try store.apply(
            .take, to: first.id, expectedVersion: 1, note: "", by: Fixture.reviewer, now: Fixture.now - 9 * Fixture.day)
        var early = Fixture.score(first.id, by: Fixture.reviewer, value: 2)
        early.scoredAt = Fixture.now - 8 * Fixture.day
        try store.saveScore(early, by: Fixture.reviewer, now: early.scoredAt)
        proposal = try store.apply(
            .requestRevision, to: first.id, expectedVersion: proposal.version, note: "Lengkapi anggaran",
            by: Fixture.reviewer, now: Fixture.now - 7 * Fixture.day)
        _ = try store.apply(
            .resubmit, to: first.id, expectedVersion: proposal.version, note: "", by: Fixture.admin,
            now: Fixture.now - 6 * Fixture.day)
        let planted = try Worker.run(["sql", fixture.path, Self.toVersion5])
        #expect(planted.status == 0, "\(planted.errors)")

        let upgraded = try Store.open(at: fixture.path)
        #expect(try upgraded.proposal(id: first.id)?.round == 2)
        #expect(try upgraded.scores(proposalID: first.id).map(\.round) == [1])
        let row = try #require(
            try upgraded.queue(Store.QueueFilter(), now: Fixture.now, overdueDays: 14).first { $0.id == first.id })
        #expect(row.score == nil)
    }
}
