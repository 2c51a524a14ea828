/// Display names and refusals of the innovation rules (``StageRule``, ``EnactmentKind``).
extension EnactmentKind {
    /// The penetapan's kind as the IID form names it.
    public var label: Localized {
        switch self {
        case .headDecree: Localized(id: "SK Kepala Daerah", en: "Regional head decree (SK)")
        case .headRegulation: Localized(id: "Perkada", en: "Regional head regulation (Perkada)")
        case .regionalRegulation: Localized(id: "Perda", en: "Regional regulation (Perda)")
        }
    }
}

extension StageRefusal {
    /// Why the move is refused, as the end of "Field stage …".
    public var reason: Localized {
        switch self {
        case .atLastStage:
            Localized(
                id: "sudah di tahap terakhir (Penerapan), tidak bisa maju lagi",
                en: "is at the last stage (Implementation) already and cannot advance")
        case .stopped:
            Localized(
                id: "tidak bisa maju: inovasi ini sudah dihentikan",
                en: "cannot advance: this innovation has been stopped")
        case .notBackward(let from, let to):
            Localized(
                id: "hanya bisa dimundurkan ke tahap sebelum \(from.label.id), bukan ke \(to.label.id) "
                    + "(untuk maju pakai advance)",
                en: "can only be moved back to a stage before \(from.label.en), not to \(to.label.en) "
                    + "(use advance to move forward)")
        case .noteRequired:
            Localized(
                id: "hanya bisa dimundurkan dengan catatan alasannya (--note)",
                en: "can only be moved back with a note saying why (--note)")
        }
    }
}
