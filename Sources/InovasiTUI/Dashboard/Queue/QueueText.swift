import InovasiCore

/// Words of the review queue pane: its title, column headings and empty states.
enum QueueText {
    // Column headings of the queue
    static let columnAge = Localized(id: "Umur", en: "Age")
    static let columnStatus = ColumnText.queueStatus
    static let columnTitle = ColumnText.queueTitle
    static let columnScore = Localized(id: "Nilai", en: "Score")

    /// After a proposal's age in days: `12h` (hari), `12d`.
    static let dayUnit = Localized(id: "h", en: "d")
    static let emptyQueue = Localized(id: "Tidak ada usulan yang menunggu.", en: "No proposal is waiting.")

    static func queueTitle(_ count: String) -> Localized {
        Localized(id: "Antrean Usulan (\(count))", en: "Review queue (\(count))")
    }
}
