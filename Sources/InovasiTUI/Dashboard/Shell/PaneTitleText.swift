import InovasiCore

/// The panes' titles, in the border and the tab bar.
enum PaneTitleText {
    static let progress = Localized(id: "Progres OPD", en: "OPD progress")
    static let calendar = Localized(id: "Kalender Pendampingan", en: "Mentoring calendar")
    static let queue = Localized(id: "Antrean Usulan", en: "Review queue")
}
