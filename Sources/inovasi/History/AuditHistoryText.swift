import InovasiCore

/// The words of `inovasi history`.
enum AuditHistoryText {
    static let abstract = Localized(
        id: "Menampilkan jejak audit: siapa mengubah apa dan kapan, untuk catatan apa pun.",
        en: "Lists the audit trail: who changed what and when, for any record.")
    static let entityHelp = Localized(
        id: "Jenis catatan: proposal, innovation, agency, division, user, review_score …",
        en: "Kind of record: proposal, innovation, agency, division, user, review_score …")
    static let idHelp = Localized(id: "Nomor catatan (bersama --entity).", en: "Record number (with --entity).")
    static let userHelp = Localized(id: "Hanya tindakan pengguna ini.", en: "Only this user's actions.")
    static let fromHelp = Localized(id: "Sejak hari ini (YYYY-MM-DD).", en: "From this day on (YYYY-MM-DD).")
    static let toHelp = Localized(
        id: "Sampai hari ini, termasuk (YYYY-MM-DD).", en: "Up to this day, included (YYYY-MM-DD).")
    static let limitHelp = Localized(
        id: "Paling banyak sekian entri terbaru (bawaan 1000).",
        en: "At most this many of the newest entries (default 1000).")
    static let idNeedsEntity = Localized(
        id: "--id: sebutkan juga jenis catatannya dengan --entity.",
        en: "--id: name the kind of record with --entity too.")
    static func badLimit(_ text: Int) -> Localized {
        Localized(id: "--limit: \(text) bukan bilangan positif.", en: "--limit: \(text) is not a positive number.")
    }
    static let fromAfterTo = Localized(
        id: "--from jatuh setelah --to: tidak ada hari di antaranya.",
        en: "--from falls after --to: no day lies between.")
    static let timeHeading = Localized(id: "Waktu", en: "Time")
    static let recordHeading = Localized(id: "Objek", en: "Record")
    static let changeHeading = Localized(id: "Perubahan", en: "Change")
    static let empty = Localized(id: "Tidak ada entri audit yang cocok.", en: "No audit entry matches.")
}
