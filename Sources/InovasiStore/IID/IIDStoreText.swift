import InovasiCore

/// The store's words about IID evidence.
enum IIDStoreText {
    /// The permission refused, as in "may not enter IID evidence".
    static let enterEvidence = Localized(id: "mengisi bukti IID", en: "enter IID evidence")

    /// Why the regulasi indicator is not entered, and the command that sets what it reads.
    static func fromEnactment(_ indicator: String, innovationID: Int64) -> Localized {
        let id = innovationID > 0 ? String(innovationID) : "ID"
        return Localized(
            id: "Indikator \(indicator) (regulasi) tidak diisi sebagai bukti: levelnya dibaca dari penetapan inovasi "
                + "(SK Kepala Daerah 1, Perkada 2, Perda 3). Catat penetapannya dengan `inovasi innovation edit \(id) "
                + "--enactment-kind … --enactment-number … --enactment-date …`.",
            en: "Indicator \(indicator) (regulasi) is not entered as evidence: its level is read from the "
                + "innovation's enactment (head decree 1, head regulation 2, regional regulation 3). Record the "
                + "enactment with `inovasi innovation edit \(id) --enactment-kind … --enactment-number … "
                + "--enactment-date …`.")
    }
}
