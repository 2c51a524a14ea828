import InovasiCore

/// The words of the details' own keys: the cursor over their items and opening a proposal.
enum OverlayText {
    /// `j` / `↓` in a detail; where no item is near it scrolls a line, which needs no words.
    static let nextItem = Localized(id: "butir berikutnya", en: "next item")
    /// `k` / `↑` in a detail.
    static let previousItem = Localized(id: "butir sebelumnya", en: "previous item")
    /// `Enter` in an OPD's detail.
    static let openProposal = Localized(id: "buka usulan", en: "open the proposal")
}
