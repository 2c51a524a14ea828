import InovasiCore

/// The words of the innovation keys in an OPD's detail and of what they report.
enum InnovationKeysText {
    /// `>` in an OPD's detail.
    static let nextStage = Localized(id: "tahap berikutnya", en: "next stage")
    /// `m` in an OPD's detail.
    static let toggleMain = Localized(id: "inovasi utama / bukan", en: "main innovation / not")
    /// The cursor is not on an innovation.
    static let noInnovation = Localized(
        id: "Pilih inovasi dengan kursor (j/k) dulu.", en: "Select an innovation with the cursor (j/k) first.")
    /// The role may not move a stage.
    static func roleCannotAdvance(_ role: Role?) -> Localized {
        let name = Role.label(role)
        return Localized(
            id: "Peran \(name.id) tidak dapat memajukan tahap inovasi.",
            en: "The \(name.en) role cannot move an innovation's stage.")
    }
    /// Only an admin sets the main innovation.
    static func roleNotAdmin(_ role: Role?) -> Localized {
        let name = Role.label(role)
        return Localized(
            id: "Hanya admin yang dapat menetapkan inovasi utama (Anda: \(name.id)).",
            en: "Only an admin can set the main innovation (you: \(name.en)).")
    }
    /// What `>` did.
    static func advanced(_ innovation: Innovation) -> Localized {
        let stage = innovation.stage.label
        return Localized(
            id: "Inovasi #\(innovation.id) kini di tahap \(stage.id).",
            en: "Innovation #\(innovation.id) is now at the \(stage.en) stage.")
    }
    /// What `m` did.
    static func mainSet(_ innovation: Innovation) -> Localized {
        innovation.isMain
            ? Localized(
                id: "Inovasi #\(innovation.id) kini inovasi utama.",
                en: "Innovation #\(innovation.id) is now the main innovation.")
            : Localized(
                id: "Inovasi #\(innovation.id) bukan lagi inovasi utama.",
                en: "Innovation #\(innovation.id) is no longer the main innovation.")
    }
    /// `<` in an OPD's detail.
    static let previousStage = Localized(id: "kembali ke tahap sebelumnya", en: "back to an earlier stage")
    /// The stage-back form's title.
    static let stageBackTitle = Localized(id: "Mundurkan tahap", en: "Move the stage back")
    /// The stage-back form's choice.
    static let stageField = Localized(id: "Ke tahap", en: "To stage")
    /// The stage-back form's button.
    static let moveBack = Localized(id: "[ Mundurkan ]", en: "[ Move back ]")
    /// `<` on an innovation at inisiatif.
    static let atFirstStage = Localized(
        id: "Inovasi ini masih di tahap pertama (Inisiatif).",
        en: "This innovation is still at the first stage (Initiative).")
    /// Only an admin moves a stage back.
    static func roleCannotMoveBack(_ role: Role?) -> Localized {
        let name = Role.label(role)
        return Localized(
            id: "Hanya admin yang dapat memundurkan tahap, dengan catatan (Anda: \(name.id)).",
            en: "Only an admin can move a stage back, with a note (you: \(name.en)).")
    }
    /// What `<` did.
    static func movedBack(_ innovation: Innovation) -> Localized {
        let stage = innovation.stage.label
        return Localized(
            id: "Tahap inovasi #\(innovation.id) dimundurkan ke \(stage.id).",
            en: "Innovation #\(innovation.id) moved back to the \(stage.en) stage.")
    }
}
