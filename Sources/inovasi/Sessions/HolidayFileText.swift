import InovasiCore

/// Messages about the office's `holidays.yaml`.
enum HolidayFileText {
    static func bad(_ path: String, line: Int, _ problem: Localized) -> Localized {
        Localized(composing: { language in
            Localized(
                id: "\(path) baris \(line): \(problem.text(language))",
                en: "\(path) line \(line): \(problem.text(language))"
            ).text(language)
        })
    }

    static let notYAML = Localized(id: "bukan YAML yang sah", en: "not valid YAML")
    static let needsHolidays = Localized(
        id: "berkas harus berisi daftar `holidays:`", en: "the file must hold a `holidays:` list")
    static let badEntry = Localized(
        id: "setiap hari libur berisi `date:` dan `name:`", en: "each holiday holds `date:` and `name:`")
    static let badDate = Localized(
        id: "`date:` harus tanggal yang ada, TTTT-BB-HH", en: "`date:` must be a date that exists, YYYY-MM-DD")
    static let needsName = Localized(id: "`name:` wajib diisi", en: "`name:` is required")
    static let badFlag = Localized(id: "nilainya harus true atau false", en: "the value must be true or false")

    static func unknownKey(_ key: String) -> Localized {
        Localized(
            id: "kunci `\(key)` tidak dikenal (date, name, cuti_bersama, unverified)",
            en: "unknown key `\(key)` (date, name, cuti_bersama, unverified)")
    }
}
