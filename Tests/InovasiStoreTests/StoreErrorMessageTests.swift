import Foundation
import InovasiCore
import InovasiStore
import Testing

@Suite("Store: error messages and exit codes")
struct StoreErrorMessageTests {
    static let path = "/srv/inovasi/inovasi.sqlite"
    static let at = Date(timeIntervalSince1970: 1_796_612_400)

    /// Each error with what its message must name in both languages and its exit code.
    static let cases: [(StoreError, [String], Int32)] = [
        (.fileExists(path: path), [path], 1),
        (.notFound(path: path), [path], 2),
        (.notAnInovasiStore(path: path, detail: "truncated: size=4096/8192"), [path, "4096", "8192"], 2),
        (.notAnInovasiStore(path: path, detail: "file is not a database"), [path, "file is not a database"], 2),
        (.newerSchema(path: path, found: 3, supported: 1), [path, "3", "1"], 2),
        (.readOnly(path: path), [path], 1),
        (.locked(path: path), [path], 2),
        (.permissionDenied(user: "vera", role: .viewer, action: "proposal.approve"), ["vera"], 1),
        (.permissionDenied(user: "tamu", role: nil, action: "user.add"), ["tamu"], 1),
        (.unknownUser(name: "tamu"), ["tamu"], 1),
        (.duplicateUser(name: "rina"), ["rina"], 1),
        (.unknownProposal(id: 42), ["#42"], 1),
        (
            .staleVersion(
                proposalID: 42, expected: 2, actual: 3, changedBy: "rina", changedAt: at, action: "proposal.approve"),
            ["#42", "rina", "2026-12-07 03:00", "2", "3"], 1
        ),
        (.transition(TransitionError(from: .approved, event: .reject)), [], 1),
        (
            .validation(ValidationError(field: "score.benefit", reason: .outOfRange(min: 1, max: 5, got: 9))),
            ["score.benefit", "9"], 1
        ),
        (.io(path: path, detail: "disk I/O error"), [path, "disk I/O error"], 2),
        (.ownAgency(user: "budi", proposalID: 42, agency: "DINKES"), ["budi", "#42", "DINKES"], 1),
        (
            .statusChanged(
                proposalID: 42, status: .approved, event: .reject, changedBy: "rina", changedAt: at,
                action: "proposal.approve"),
            ["#42", "rina", "2026-12-07 03:00"], 1
        ),
        (.statusRefused(proposalID: 42, status: .approved, action: "proposal.assign"), ["#42"], 1),
        (.statusRefused(proposalID: 42, status: .submitted, action: "proposal.unassign"), ["#42"], 1),
        (
            .undoRefused(proposalID: 42, by: "dodi", at: at, action: "score.save"),
            ["#42", "dodi", "2026-12-07 03:00"], 1
        ),
        (.nothingToUndo(proposalID: 42), ["#42"], 1),
        (.lastAdmin(name: "admin"), ["admin"], 1),
        (.alreadyUsed(field: "shortName", value: "Dinkes", by: "DINKES"), ["shortName", "Dinkes", "DINKES"], 1),
        (
            .divisionInUse(agency: "DINKES", division: "Bidang P2P", innovations: 3, proposals: 2),
            ["DINKES", "Bidang P2P", "3", "2"], 1
        ),
        (.villagesStillActive(agency: "KEC-CIBEBER", count: 6), ["KEC-CIBEBER", "6"], 1),
        (.parentInactive(agency: "KEL-BULAKAN", parent: "KEC-CIBEBER"), ["KEL-BULAKAN", "KEC-CIBEBER"], 1),
        (.permissionDenied(user: "vera", role: .viewer, action: "agency.deactivate"), ["vera", "OPD"], 1),
    ]

    @Test(arguments: cases.indices)
    func everyMessageNamesWhatAndWhereInBothLanguages(index: Int) {
        let (error, names, exitCode) = Self.cases[index]
        let indonesian = error.message(.id)
        let english = error.message(.en)
        #expect(indonesian != english)
        for name in names {
            #expect(indonesian.contains(name), "\(indonesian)")
            #expect(english.contains(name), "\(english)")
        }
        #expect(error.exitCode == exitCode)
    }

    @Test func agencyActionsAreNamedInWords() {
        let denied = StoreError.permissionDenied(user: "vera", role: .viewer, action: "division.remove")
        #expect(denied.message(.id) == "Pengguna vera (peran: Pemantau) tidak berhak menghapus bidang.")
        #expect(denied.message(.en) == "User vera (role: Viewer) may not remove divisions.")
    }

    @Test func wordsAreTranslatedNotRaw() {
        let denied = StoreError.permissionDenied(user: "vera", role: .viewer, action: "proposal.approve")
        #expect(denied.message(.id) == "Pengguna vera (peran: Pemantau) tidak berhak menyetujui usulan.")
        #expect(denied.message(.en) == "User vera (role: Viewer) may not approve proposals.")
        let supervisor = StoreError.permissionDenied(user: "sari", role: .supervisor, action: "proposal.reject")
        #expect(supervisor.message(.id) == "Pengguna sari (peran: Pimpinan) tidak berhak menolak usulan.")
        let changed = StoreError.statusChanged(
            proposalID: 7, status: .approved, event: .reject, changedBy: "rina", changedAt: Self.at,
            action: "proposal.approve")
        #expect(
            changed.message(.id)
                == "Usulan #7 berstatus Disetujui: rina menyetujuinya pada 2026-12-07 03:00 UTC. Usulan berstatus "
                + "Disetujui tidak dapat ditolak; tidak ada yang diubah.")
        #expect(
            changed.message(.en)
                == "Proposal #7 is Approved: rina approved it at 2026-12-07 03:00 UTC. A proposal that is Approved "
                + "cannot be rejected; nothing was changed.")
        let assign = StoreError.statusRefused(proposalID: 7, status: .approved, action: "proposal.assign")
        #expect(assign.message(.id).contains("usulan Diajukan atau Ditinjau"))
        #expect(assign.message(.en).contains("Submitted or In review"))
        let unassign = StoreError.statusRefused(proposalID: 7, status: .submitted, action: "proposal.unassign")
        #expect(unassign.message(.en).contains("removed from a proposal that is In review"))
        let undo = StoreError.undoRefused(proposalID: 7, by: "dodi", at: Self.at, action: "score.save")
        #expect(undo.message(.en).contains("dodi scored it at 2026-12-07 03:00 UTC"))
        #expect(undo.message(.id).contains("dodi menilainya pada 2026-12-07 03:00 UTC"))
        let transition = StoreError.transition(TransitionError(from: .approved, event: .reject))
        #expect(transition.message(.id) == "Usulan berstatus Disetujui tidak dapat ditolak.")
        #expect(transition.message(.en) == "A proposal that is Approved cannot be rejected.")
        let foreign = StoreError.notAnInovasiStore(
            path: "x.db", detail: "foreign-application: application_id 0x00000000")
        #expect(foreign.message(.id).contains("milik program lain (application_id 0x00000000)"))
        #expect(foreign.message(.en).contains("of another program (application_id 0x00000000)"))
    }

    @Test func staleTimesFollowTheDisplayZone() throws {
        let error = StoreError.staleVersion(
            proposalID: 7, expected: 1, actual: 2, changedBy: "rina", changedAt: Self.at, action: "proposal.take")
        let jakarta = try #require(TimeZone(identifier: "Asia/Jakarta"))
        #expect(error.message(.id, in: jakarta).contains("2026-12-07 10:00 WIB"))
        #expect(error.message(.en).contains("2026-12-07 03:00 UTC"))
        #expect(error.message(.en).contains("took it into review"))
    }
}
