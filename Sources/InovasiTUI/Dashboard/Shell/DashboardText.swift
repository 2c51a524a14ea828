import InovasiCore

/// Every string the dashboard shows, in Bahasa Indonesia and English.
public enum DashboardText {
    static let appTitle = Localized(id: "Inovasi Daerah", en: "Regional Innovation")
    static let demoBadge = Localized(id: "DEMO", en: "DEMO")
    static let readOnlyBadge = Localized(id: "HANYA-BACA", en: "READ-ONLY")
    static let kioskBadge = Localized(id: "KIOS", en: "KIOSK")
    static let noSessionsThatDay = Localized(
        id: "Tidak ada sesi pendampingan pada hari ini.", en: "No mentoring session on this day.")
    static let noMatch = Localized(id: "Tidak ditemukan.", en: "No match.")
    static let languageChanged = Localized(id: "Bahasa: Indonesia", en: "Language: English")
    static let tooSmallTitle = Localized(id: "Terminal terlalu kecil", en: "Terminal too small")
    static let searchPrompt = Localized(id: "Cari", en: "Search")
    static let filterLabel = Localized(id: "saring", en: "filter")
    static let helpTitle = Localized(id: "Bantuan — tombol", en: "Help — keys")
    static let helpGlobal = Localized(id: "Di mana saja", en: "Everywhere")
    /// How to close the help, with the keys that close it in the key map in force (`Esc atau ?`).
    static func helpClose(_ keys: [String]) -> Localized {
        Localized(
            id: "\(keys.joined(separator: " atau ")) menutup bantuan",
            en: "\(keys.joined(separator: " or ")) closes the help")
    }
    static let dataAsOf = Localized(id: "data per", en: "data as of")
    static let emptyFilter = Localized(id: "Tidak ada yang cocok dengan saringan.", en: "Nothing matches the filter.")
    static let overdueMark = Localized(id: "TERLAMBAT", en: "OVERDUE")
    static let loadsUnsettled = Localized(
        id: "pemuatan dihentikan karena data terus berubah; tekan tombol untuk mencoba lagi",
        en: "loading stopped as the data kept changing; press a key to try again")

    static func themeChanged(_ name: String) -> Localized {
        Localized(id: "Tema: \(name)", en: "Theme: \(name)")
    }

    static func tooSmall(_ size: Size) -> Localized {
        Localized(
            id: "Perlu minimal 80×24, sekarang \(size.width)×\(size.height). Perbesar jendela terminal.",
            en: "Need at least 80×24, now \(size.width)×\(size.height). Enlarge the terminal window.")
    }

    static func unreadable(_ problem: String) -> Localized {
        Localized(id: "Data tidak terbaca: \(problem)", en: "Data unreadable: \(problem)")
    }

    /// An error the dashboard did not foresee, in the words the system gave it (in one language
    /// only); the line around it ("Data tidak terbaca: …") says what failed.
    static func unexpected(_ problem: String) -> Localized {
        Localized(verbatim: problem)
    }

    static func days(_ count: Int) -> Localized {
        Localized(id: "\(count) hari", en: "\(count) day\(count == 1 ? "" : "s")")
    }

}
