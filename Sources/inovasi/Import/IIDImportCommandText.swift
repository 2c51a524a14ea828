import InovasiCore

/// The words of `inovasi import iid`.
enum IIDImportCommandText {
    static let help = Localized(
        id: "Mengimpor bukti IID dari .csv atau .xlsx: semua baris atau tidak sama sekali.",
        en: "Import IID evidence from .csv or .xlsx: every row or none.")
    static let discussion = Localized(
        id: """
            Kolom: inovasi (nomor, atau `region` untuk SPD daerah), indikator, level (0-3), bukti (nama berkas \
            atau tautan), catatan. Tahun: --year, bawaan tahun ini. Regulasi tidak diimpor: levelnya dibaca dari \
            penetapan inovasi. Setiap baris yang salah disebut dengan baris dan kolomnya; tidak ada yang disimpan.
            """,
        en: """
            Columns: innovation (id, or `region` for the region's SPD), indicator, level (0-3), evidence (a file \
            name or link), note. Year: --year, this year by default. Regulasi is not imported: its level is read \
            from the innovation's enactment. Every bad row is named with its line and column; nothing is saved.
            """)

    static func summary(year: Int, changed: Int, unchanged: Int, dryRun: Bool) -> Localized {
        dryRun
            ? Localized(
                id: "Bukti IID \(year): \(changed) akan dicatat, \(unchanged) sudah sama.",
                en: "IID evidence \(year): \(changed) would be recorded, \(unchanged) already the same.")
            : Localized(
                id: "Bukti IID \(year): \(changed) dicatat, \(unchanged) sudah sama.",
                en: "IID evidence \(year): \(changed) recorded, \(unchanged) already the same.")
    }
}
