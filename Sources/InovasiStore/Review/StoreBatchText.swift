import InovasiCore

/// Messages of the changes made to several proposals at once (a bulk decision, a batch undone).
enum StoreBatchText {
    /// "Usulan #7: <why>. Tidak ada usulan yang diubah."
    static func onProposal(_ id: Int64, _ inner: Localized) -> Localized {
        Localized(
            id: "Usulan #\(id): \(inner.id) Tidak ada usulan tertanda yang diubah.",
            en: "Proposal #\(id): \(inner.en) None of the marked proposals was changed.")
    }
}
