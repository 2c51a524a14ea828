import InovasiCore

/// The reasons a row of IID evidence is refused.
enum IIDImportText {
    static let badTarget = Localized(
        id: "bukan nomor inovasi (atau `region` untuk SPD daerah)",
        en: "not an innovation id (or `region` for the region's SPD)")
    static let badLevel = Localized(id: "level harus 0, 1, 2 atau 3", en: "the level must be 0, 1, 2 or 3")
    static let fromEnactment = Localized(
        id: "regulasi dibaca dari penetapan inovasi, catat dengan `inovasi innovation edit`",
        en: "regulasi is read from the innovation's enactment, record it with `inovasi innovation edit`")
    static func unknownIndicator(_ part: String, known: [String]) -> Localized {
        let list = known.joined(separator: ", ")
        return Localized(id: "indikator tidak ada di \(part) (\(list))", en: "no such \(part) indicator (\(list))")
    }
}
