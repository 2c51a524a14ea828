import InovasiCore

/// The store's refusals about entering and correcting proposals, in both languages.
enum ProposalStoreText {
    static func otherAgency(user: String, agency: String, proposalAgency: String) -> Localized {
        Localized(
            id: "Operator \(user) bekerja untuk OPD \(agency) dan hanya boleh mengurus usulan OPD itu; "
                + "usulan ini milik OPD \(proposalAgency). Tidak ada yang diubah.",
            en: "Operator \(user) works for \(agency) and may only handle that agency's proposals; "
                + "this one belongs to \(proposalAgency). Nothing was changed.")
    }

    static func editRefused(proposalID: Int64, status: String, allowed: String) -> Localized {
        Localized(
            id: "Usulan #\(proposalID) berstatus \(status), jadi isinya tidak dapat diubah; "
                + "perubahan hanya saat berstatus \(allowed). Tidak ada yang diubah.",
            en: "Proposal #\(proposalID) is \(status), so its content cannot be edited; "
                + "edits are allowed only while it is \(allowed). Nothing was changed.")
    }
}
