import InovasiCore

/// The words of the IID checklist form (an OPD's detail, `b`).
enum ChecklistText {
    /// `b` in an OPD's detail.
    static let open = Localized(id: "checklist IID", en: "IID checklist")
    /// The form's title.
    static func title(_ year: Int, _ innovation: String) -> Localized {
        Localized(id: "Checklist IID \(year) · \(innovation)", en: "IID checklist \(year) · \(innovation)")
    }
    /// The what-if form's title.
    static func whatIfTitle(_ innovation: String) -> Localized {
        Localized(id: "Andaikan (tidak disimpan) · \(innovation)", en: "What if (not saved) · \(innovation)")
    }
    /// The grid's label.
    static let indicators = Localized(id: "Indikator SID (tingkat 0–3)", en: "SID indicators (level 0–3)")
    /// The first note of a row: the document backing the level.
    static let document = Localized(id: "Bukti", en: "Evidence")
    /// The save button.
    static let save = Localized(id: "Simpan checklist", en: "Save the checklist")
    /// The what-if form's button.
    static let tryIt = Localized(id: "Terapkan di andaikan", en: "Apply to the what-if")
    /// The warning on saving levels without a document.
    static func noDocument(_ numbers: [String]) -> Localized {
        let list = numbers.joined(separator: ", ")
        return Localized(
            id: "level tanpa bukti bernilai 0: indikator \(list)",
            en: "a level without evidence scores 0: indicators \(list)")
    }
    /// The live score line.
    static func score(_ value: String, _ maximum: String) -> Localized {
        Localized(id: "Skor SID: \(value) dari \(maximum)", en: "SID score: \(value) of \(maximum)")
    }
    /// The mandatory evidence still missing.
    static func missing(_ names: String) -> Localized {
        Localized(id: "Bukti wajib belum ada: \(names)", en: "Mandatory evidence missing: \(names)")
    }
    /// Every mandatory indicator scores.
    static let noneMissing = Localized(id: "Semua bukti wajib sudah ada", en: "All mandatory evidence is there")
    /// Where the regulasi row comes from.
    static let fromEnactment = Localized(
        id: "Regulasi dibaca dari penetapan inovasi (ubah lewat e di detail OPD)",
        en: "Regulasi is read from the innovation's penetapan (change it with e in the OPD detail)")
    /// The regulasi row of an innovation without a penetapan.
    static let noEnactment = Localized(id: "belum ada penetapan", en: "no penetapan yet")
    /// The flash after saving.
    static func saved(_ count: Int, _ innovation: String) -> Localized {
        Localized(
            id: "Checklist IID “\(innovation)” disimpan: \(count) indikator diubah",
            en: "IID checklist of “\(innovation)” saved: \(count) indicators changed")
    }
    /// Saving with nothing changed.
    static let nothingChanged = Localized(id: "Tidak ada yang berubah", en: "Nothing changed")
    /// A refusal on one indicator: its number, then the store's reason.
    static func refusedOn(_ indicator: String, _ why: Localized) -> Localized {
        let lead = Localized(id: "Indikator \(indicator) ditolak: ", en: "Indicator \(indicator) refused: ")
        return Localized(composing: { lead.text($0) + why.text($0) })
    }
    /// The dashboard was started without rules for the year.
    static let noRules = Localized(
        id: "Aturan IID tahun ini tidak ada: lihat inovasi iid rules",
        en: "No IID rules for this year: see inovasi iid rules")
    /// Hints: the level keys.
    static let levelHint = Localized(id: "tingkat", en: "level")
    /// Hints: Enter on a row.
    static let evidenceHint = Localized(id: "bukti/catatan", en: "evidence/note")
    /// Hints: Tab to the button.
    static let toSaveHint = Localized(id: "ke tombol simpan", en: "to the save button")
}
