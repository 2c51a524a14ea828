/// What the config file's keys need and what is wrong with a file, in both languages.
public enum ConfigText {
    /// What a text key needs.
    public static let expectedText = Localized(id: "harus berupa teks yang tidak kosong", en: "must be non-empty text")
    /// What `timeZone` needs.
    public static let expectedZone = Localized(
        id: "harus nama zona waktu IANA, misalnya Asia/Jakarta", en: "must be an IANA time zone, e.g. Asia/Jakarta")
    /// What `language` needs.
    public static let expectedLanguage = Localized(id: "harus id atau en", en: "must be id or en")
    /// What `overdueDays` needs.
    public static let expectedDays = Localized(
        id: "harus bilangan bulat hari dari 0 sampai 3650", en: "must be a whole number of days from 0 to 3650")
    /// What `kioskInterval` needs.
    public static let expectedSeconds = Localized(
        id: "harus bilangan bulat detik dari 1 sampai 86400", en: "must be a whole number of seconds from 1 to 86400")
    /// What `kiosk.pages` needs.
    public static let expectedKioskPages = Localized(
        id: "harus daftar halaman yang tidak kosong: city, opd, calendar, queue",
        en: "must be a non-empty list of pages: city, opd, calendar, queue")
    /// A page name `kiosk.pages` does not know, named.
    public static func unknownKioskPage(_ name: String) -> Localized {
        Localized(
            id: "halaman “\(name)” tidak dikenal; yang dikenal: city, opd, calendar, queue",
            en: "unknown page “\(name)”; known pages: city, opd, calendar, queue")
    }
    /// What `affairs` needs.
    public static let expectedAffairs = Localized(
        id: "harus daftar urusan yang tidak kosong", en: "must be a non-empty list of affairs")
    /// What a key under `scoring.minimums` needs.
    public static let expectedMinimum = Localized(
        id: "nilai minimum kriteria harus angka antara 1 dan 5",
        en: "a criterion's minimum must be a number between 1 and 5")
    /// What `scoring` needs.
    public static let expectedScoring = Localized(
        id: "bobot harus angka 0 atau lebih (tidak semuanya 0) dan ambang antara 1 dan 5",
        en: "weights must be numbers of 0 or more (not all 0) and the threshold between 1 and 5")

    /// What a `keys:` section needs.
    public static let expectedKeys = Localized(
        id: "harus berupa konteks → aksi → tombol, misalnya queue: {take: [T, Ctrl-T]}",
        en: "must be context → action → keys, e.g. queue: {take: [T, Ctrl-T]}")

    /// A problem in the `keys:` section of `file`.
    static func keyBinding(file: String, problem: Localized) -> Localized {
        Localized(
            id: "Bagian keys di berkas konfigurasi \(file): \(problem.id)",
            en: "In the keys section of config file \(file): \(problem.en)")
    }

    /// A message about a key, with the line of the file it is on.
    static func onLine(_ message: String, line: Int) -> Localized {
        Localized(id: "\(message) (baris \(line))", en: "\(message) (line \(line))")
    }

    /// The file given with `--config` does not exist.
    static func notFound(file: String) -> Localized {
        Localized(id: "Berkas konfigurasi tidak ditemukan: \(file)", en: "Config file not found: \(file)")
    }

    /// The file cannot be read, for `reason`.
    static func unreadable(file: String, reason: Localized) -> Localized {
        Localized(
            id: "Berkas konfigurasi \(file) tidak dapat dibaca: \(reason.id).",
            en: "Cannot read config file \(file): \(reason.en).")
    }

    /// The path names a `kind` of thing that is not a regular file.
    static func notRegularFile(file: String, kind: Localized) -> Localized {
        Localized(
            id: "Berkas konfigurasi \(file) bukan berkas biasa, melainkan \(kind.id): beri jalur berkas YAML.",
            en: "Config file \(file) is not a regular file but \(kind.en): give the path of a YAML file.")
    }

    /// The file is not YAML; the place is named when known.
    static func syntax(file: String, line: Int?, column: Int?) -> Localized {
        guard let line else {
            return Localized(
                id: "Berkas konfigurasi \(file) bukan YAML yang sah.", en: "Config file \(file) is not valid YAML.")
        }
        let at = column.map { Localized(id: "baris \(line), kolom \($0)", en: "line \(line), column \($0)") }
        return Localized(
            id: "Berkas konfigurasi \(file) bukan YAML yang sah (\(at?.id ?? "baris \(line)")).",
            en: "Config file \(file) is not valid YAML (\(at?.en ?? "line \(line)")).")
    }

    /// The top level is not a mapping.
    static func notAMapping(file: String) -> Localized {
        Localized(
            id: "Berkas konfigurasi \(file) harus berisi pasangan kunci: nilai, misalnya `language: en`",
            en: "Config file \(file) must hold key: value pairs, e.g. `language: en`")
    }

    /// A key this version does not know; `name` is nil when the key is not shown (it is not a key name).
    static func unknownKey(file: String, name: String?, known list: String) -> Localized {
        guard let name else {
            return Localized(
                id: "Berkas konfigurasi \(file) berisi kunci yang bukan nama kunci (tidak ditampilkan); "
                    + "apakah ini berkas konfigurasi? Kunci yang dikenal: \(list)",
                en: "Config file \(file) holds a key that is not a key name (not shown); "
                    + "is it a config file? Known keys: \(list)")
        }
        return Localized(
            id: "Kunci tidak dikenal “\(name)” di berkas konfigurasi \(file). Kunci yang dikenal: \(list)",
            en: "Unknown key “\(name)” in config file \(file). Known keys: \(list)")
    }

    /// A known key with a value that is not what it needs.
    static func invalidValue(file: String, name: String, expected: Localized) -> Localized {
        Localized(
            id: "Nilai kunci “\(name)” di berkas konfigurasi \(file) tidak sah: \(expected.id)",
            en: "Invalid value for key “\(name)” in config file \(file): \(expected.en)")
    }
}
