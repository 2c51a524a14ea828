import Foundation
import GRDB
import InovasiCore
import Testing

@testable import InovasiStore

/// A NUL inside stored text (written by another tool) must not cut the rest of the text off: the
/// store reads it whole and the sanitizer shows it as `␀` (issue 8, point 9).
@Suite("Store: text with a NUL inside")
struct StoreEmbeddedNULTests {
    /// A proposal whose title and design hold a NUL, written with SQL as `sqlite3` would.
    func storeWithNUL() throws -> (Fixture, Proposal) {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("placeholder", agency: fixture.dinkes, daysAgo: 3)
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in
            try db.execute(
                sql: """
                    UPDATE proposal SET title = 'Awal' || char(0) || 'Akhir tersembunyi',
                        design = 'Rancangan' || char(0) || 'lanjutan', proposer_contact = 'a' || char(0) || 'b'
                    WHERE id = ?
                    """, arguments: [proposal.id])
        }
        try queue.close()
        return (fixture, proposal)
    }

    @Test("a proposal read by id keeps every character after the NUL")
    func proposalKeepsText() throws {
        let (fixture, stored) = try storeWithNUL()
        let proposal = try #require(try fixture.store.proposal(id: stored.id))
        #expect(proposal.title == "Awal\u{0}Akhir tersembunyi")
        #expect(proposal.design == "Rancangan\u{0}lanjutan")
        #expect(proposal.proposerContact == "a\u{0}b")
        #expect(Sanitizer.clean(proposal.title) == "Awal\u{2400}Akhir tersembunyi")
        let listed = try fixture.store.proposals(agencyID: fixture.dinkes.id)
        #expect(listed.map(\.title).contains("Awal\u{0}Akhir tersembunyi"))
    }

    @Test("the queue row's title keeps every character after the NUL")
    func queueKeepsText() throws {
        let (fixture, stored) = try storeWithNUL()
        let rows = try fixture.store.queue(Store.QueueFilter(), now: Fixture.now, overdueDays: 14)
        let row = try #require(rows.first { $0.id == stored.id })
        #expect(row.title == "Awal\u{0}Akhir tersembunyi")
        #expect(Sanitizer.clean(row.title).contains("\u{2400}Akhir"))
    }

    @Test("innovation, user, score and audit texts keep every character after the NUL")
    func otherTextsKeepText() throws {
        let fixture = try Fixture()
        _ = try fixture.store.addInnovation(
            Fixture.innovation("placeholder", agency: fixture.dinkes, stage: .trial), by: Fixture.admin,
            now: Fixture.now)
        let proposal = try fixture.addProposal("Layanan", agency: fixture.disdik, daysAgo: 3)
        _ = try fixture.store.apply(.take, to: proposal.id, expectedVersion: 1, note: "", by: Fixture.reviewer)
        try fixture.store.saveScore(Fixture.score(proposal.id, by: Fixture.reviewer), by: Fixture.reviewer)
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in
            try db.execute(
                sql: "UPDATE innovation SET title = 'Ino' || char(0) || 'vasi', summary = 'R' || char(0) || 'S'")
            try db.execute(sql: "UPDATE user SET display_name = 'Rina' || char(0) || ' H.' WHERE name = 'rina'")
            try db.execute(sql: "UPDATE review_score SET note = 'Layak' || char(0) || ' sekali'")
            // The audit log is append-only: a copy of the last entry with the note.
            try db.execute(
                sql: """
                    INSERT INTO audit_log (at, user, action, entity, entity_id, before, after, note)
                    SELECT at, user, action, entity, entity_id, before, after, 'Catatan' || char(0) || ' lengkap'
                    FROM audit_log WHERE entity = 'proposal' AND entity_id = ? ORDER BY id DESC LIMIT 1
                    """, arguments: [proposal.id])
        }
        try queue.close()
        #expect(try fixture.store.innovations().map(\.title).contains("Ino\u{0}vasi"))
        #expect(try fixture.store.users().map(\.displayName).contains("Rina\u{0} H."))
        #expect(try fixture.store.scores(proposalID: proposal.id).map(\.note) == ["Layak\u{0} sekali"])
        let notes = try fixture.store.auditLog(entity: "proposal", id: proposal.id).map(\.note)
        #expect(notes.contains("Catatan\u{0} lengkap"))
    }

    @Test("text that is not valid UTF-8 is still read, repaired to U+FFFD as before")
    func invalidUTF8StillReads() throws {
        let fixture = try Fixture()
        let proposal = try fixture.addProposal("placeholder", agency: fixture.dinkes, daysAgo: 3)
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in
            try db.execute(
                sql: "UPDATE proposal SET title = CAST(x'41FF42' AS TEXT) WHERE id = ?", arguments: [proposal.id])
        }
        try queue.close()
        #expect(try fixture.store.proposal(id: proposal.id)?.title == "A\u{FFFD}B")
    }
}
