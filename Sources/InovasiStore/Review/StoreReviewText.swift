import InovasiCore

/// Messages of the review rules (own OPD, assignment, undo, the last admin) in both languages; the
/// parameters are already in the message's language (see ``StoreError/message(_:in:)``).
enum StoreReviewText {
    static func storeOwnAgency(user: String, proposalID: Int64, agency: String) -> Localized {
        Localized(
            id:
                "Pengguna \(user) bekerja di OPD \(agency), jadi tidak boleh meninjau atau menilai usulan #\(proposalID) "
                + "dari OPD itu. Tidak ada yang diubah.",
            en: "User \(user) works at \(agency), so may not review or score proposal #\(proposalID) of that agency. "
                + "Nothing was changed.")
    }

    static func storeNotHolder(user: String, proposalID: Int64, holder: String?, action: String) -> Localized {
        let held = holder.map(heldBy) ?? heldByNoOne
        return Localized(
            id: "Usulan #\(proposalID) \(held.id): hanya penilai yang memegangnya atau admin yang boleh \(action). "
                + "\(user) tetap dapat menilainya. Tidak ada yang diubah.",
            en: "Proposal #\(proposalID) is \(held.en): only the reviewer who holds it or an admin may \(action). "
                + "\(user) may still score it. Nothing was changed.")
    }

    static func heldBy(_ name: String) -> Localized {
        Localized(id: "dipegang \(name)", en: "held by \(name)")
    }

    static let heldByNoOne = Localized(id: "belum dipegang siapa pun", en: "held by no one")

    static func storeExternalMember(user: String, proposalID: Int64, action: String) -> Localized {
        Localized(
            id: "\(user) anggota eksternal tim independen: boleh menilai usulan #\(proposalID), tetapi tidak "
                + "mengambil, memegang atau memutuskannya (\(action)). Tidak ada yang diubah.",
            en: "\(user) is an external member of the tim independen: may score proposal #\(proposalID) but never "
                + "take, hold or decide it (\(action)). Nothing was changed.")
    }

    static func storeStatusChanged(
        proposalID: Int64, status: String, event: String, user: String, time: String, action: String
    ) -> Localized {
        Localized(
            id: "Usulan #\(proposalID) berstatus \(status): \(user) \(action) pada \(time). Usulan berstatus \(status) "
                + "tidak dapat \(event); tidak ada yang diubah.",
            en: "Proposal #\(proposalID) is \(status): \(user) \(action) at \(time). A proposal that is \(status) "
                + "cannot \(event); nothing was changed.")
    }

    static func storeAssignRefused(proposalID: Int64, status: String, allowed: String) -> Localized {
        Localized(
            id: "Usulan #\(proposalID) berstatus \(status); penilai hanya dapat ditugaskan pada usulan \(allowed). "
                + "Tidak ada yang diubah.",
            en: "Proposal #\(proposalID) is \(status); a reviewer can only be assigned to a proposal that is "
                + "\(allowed). Nothing was changed.")
    }

    static func storeUnassignRefused(proposalID: Int64, status: String, allowed: String) -> Localized {
        Localized(
            id: "Usulan #\(proposalID) berstatus \(status); penilai hanya dapat dilepas dari usulan \(allowed). "
                + "Tidak ada yang diubah.",
            en: "Proposal #\(proposalID) is \(status); a reviewer can only be removed from a proposal that is "
                + "\(allowed). Nothing was changed.")
    }

    static func storeScoreRefused(proposalID: Int64, status: String, allowed: String) -> Localized {
        Localized(
            id: "Usulan #\(proposalID) berstatus \(status); hanya usulan \(allowed) yang dapat dinilai. "
                + "Tidak ada yang diubah.",
            en: "Proposal #\(proposalID) is \(status); only a proposal that is \(allowed) can be scored. "
                + "Nothing was changed.")
    }

    static func storeUndoRefused(proposalID: Int64, user: String, time: String, action: String) -> Localized {
        Localized(
            id: "Pembatalan ditolak: sesudah tindakan terakhir Anda, \(user) \(action) pada \(time) (usulan "
                + "#\(proposalID)). Tidak ada yang diubah; muat ulang lalu periksa lagi.",
            en: "Undo refused: after your last action, \(user) \(action) at \(time) (proposal #\(proposalID)). "
                + "Nothing was changed; reload and check again.")
    }

    static func storeNothingToUndo(_ proposalID: Int64) -> Localized {
        Localized(
            id: "Tidak ada keputusan atau penugasan Anda pada usulan #\(proposalID) yang dapat dibatalkan.",
            en: "You have no decision or assignment on proposal #\(proposalID) that can be undone.")
    }

    static func storeLastAdmin(_ name: String) -> Localized {
        Localized(
            id: "\(name) adalah satu-satunya admin; perannya tidak dapat diubah, sebab tidak akan ada lagi yang dapat "
                + "mengelola pengguna. Jadikan pengguna lain admin lebih dulu.",
            en: "\(name) is the only admin; their role cannot be changed, as no one would be left to manage users. "
                + "Make another user admin first.")
    }
}
