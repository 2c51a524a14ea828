import InovasiCore

/// The words of `inovasi iid set` and `inovasi iid evidence`.
enum IIDEvidenceText {
    static let setCommand = Localized(
        id: "Mencatat level dan bukti satu indikator IID sebuah inovasi (atau SPD daerah: `region`).",
        en: "Record the level and evidence of one IID indicator of an innovation (or the region's SPD: `region`).")
    static let evidenceCommand = Localized(
        id: "Menampilkan bukti IID yang tercatat untuk sebuah inovasi (atau `region`): level, dokumen, catatan, "
            + "siapa, kapan.",
        en: "Show the IID evidence recorded for an innovation (or `region`): level, document, note, who, when.")
    static let targetHelp = Localized(
        id: "Nomor inovasi, atau `region`/`daerah` untuk indikator SPD daerah.",
        en: "Innovation id, or `region`/`daerah` for the region's SPD indicators.")
    static let indicatorHelp = Localized(
        id: "Nomor indikator seperti di berkas aturan (17, 6a).", en: "Indicator number as in the rules file (17, 6a).")
    static let levelHelp = Localized(id: "Level 0 sampai 3.", en: "Level 0 to 3.")
    static let evidenceHelp = Localized(
        id: "Dokumen pendukung: nama berkas atau tautan (tanpa dokumen, indikator bernilai 0).",
        en: "Supporting document: a file name or link (without one, the indicator scores 0).")
    static let noteHelp = Localized(id: "Catatan tentang bukti.", en: "A note on the evidence.")

    static func badTarget(_ text: String) -> Localized {
        Localized(
            id: "\(text): sebutkan nomor inovasi atau `region` untuk SPD daerah.",
            en: "\(text): give an innovation id, or `region` for the region's SPD.")
    }
    static func badLevel(_ text: String) -> Localized {
        Localized(id: "Level \(text) tidak sah: 0, 1, 2 atau 3.", en: "Level \(text) is not valid: 0, 1, 2 or 3.")
    }
    static func unknownInnovation(_ id: Int64) -> Localized {
        Localized(id: "Inovasi #\(id) tidak ada.", en: "There is no innovation #\(id).")
    }
    static func unknownIndicator(_ number: String, part: String, year: Int, known: String) -> Localized {
        Localized(
            id: "Indikator \(number) tidak ada di \(part) \(year) (ada: \(known)).",
            en: "Indicator \(number) is not in the \(year) \(part) (known: \(known)).")
    }
    static func saved(target: String, indicator: String, name: String, level: Int, year: Int) -> Localized {
        Localized(
            id: "\(target), indikator \(indicator) (\(name)) \(year): level \(level) dicatat.",
            en: "\(target), indicator \(indicator) (\(name)) \(year): level \(level) recorded.")
    }
    static func unchanged(target: String, indicator: String, year: Int) -> Localized {
        Localized(
            id: "\(target), indikator \(indicator) \(year): sudah tercatat sama, tidak ada yang diubah.",
            en: "\(target), indicator \(indicator) \(year): already recorded the same, nothing changed.")
    }
    static let noDocument = Localized(
        id: "Peringatan: tanpa dokumen (--evidence) indikator ini bernilai 0 dalam perkiraan.",
        en: "Warning: without a document (--evidence) this indicator scores 0 in the estimate.")
    static func innovationTarget(_ id: Int64) -> Localized { Localized(id: "Inovasi #\(id)", en: "Innovation #\(id)") }
    static let regionTarget = Localized(id: "SPD daerah", en: "The region's SPD")

    static let levelColumn = Localized(id: "Tingkat", en: "Level")
    static let documentColumn = Localized(id: "Dokumen", en: "Document")
    static let whenColumn = Localized(id: "Waktu", en: "When")
    static func fromEnactment(_ text: String) -> Localized {
        Localized(id: "dari penetapan: \(text)", en: "from the enactment: \(text)")
    }
    static let noEnactment = Localized(id: "belum ada penetapan", en: "no enactment yet")
    static func heading(target: String, year: Int, entered: Int, of total: Int) -> Localized {
        Localized(
            id: "\(target), bukti IID \(year): \(entered) dari \(total) indikator terisi",
            en: "\(target), IID evidence \(year): \(entered) of \(total) indicators entered")
    }
}
