import InovasiCore

/// Titles and notes printed around the tables.
enum OutputText {
    static func queueTitle(city: String, day: String) -> Localized {
        Localized(id: "\(city) — antrean penilaian, \(day)", en: "\(city) — review queue, \(day)")
    }

    static let queueEmpty = Localized(id: "Tidak ada usulan yang cocok.", en: "No matching proposals.")

    static func queueShown(_ shown: String, of total: String) -> Localized {
        Localized(
            id: "Menampilkan \(shown) dari \(total) usulan; pakai --limit untuk lebih banyak.",
            en: "Showing \(shown) of \(total) proposals; use --limit for more.")
    }

    static func sessionsTitle(city: String, from: String, to: String, zone: String) -> Localized {
        Localized(
            id: "\(city) — pendampingan \(from) s.d. \(to) (waktu \(zone))",
            en: "\(city) — mentoring sessions \(from) to \(to) (times in \(zone))")
    }

    static let sessionsEmpty = Localized(
        id: "Tidak ada sesi pendampingan dalam rentang ini.", en: "No mentoring sessions in this range.")

    static let usersEmpty = Localized(id: "Belum ada pengguna.", en: "No users yet.")
    static let userNameHeading = Localized(id: "Nama pengguna", en: "User name")
    static let userRoleHeading = Localized(id: "Peran", en: "Role")
    static let userDisplayHeading = Localized(id: "Nama lengkap", en: "Full name")
    static let externalMark = Localized(id: "eksternal", en: "external")
    static let problemKindHeading = Localized(id: "Jenis", en: "Kind")
    static let problemDetailHeading = Localized(id: "Keterangan", en: "Detail")
}
