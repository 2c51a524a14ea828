/// The words of the IID rules: what a rules file's key needs, and the refusal naming file, line and key.
public enum IIDText {
    /// What `year` needs.
    public static let expectedYear = Localized(
        id: "harus tahun penilaian dari 2000 sampai 2100", en: "must be an assessment year from 2000 to 2100")
    /// What a weight, a score or a total needs.
    public static let expectedPositive = Localized(
        id: "harus bilangan lebih dari 0 (bobot paling besar 100)",
        en: "must be a number above 0 (a weight at most 100)")
    /// What a divisor or a cap needs.
    public static let expectedCount = Localized(
        id: "harus bilangan bulat paling kecil 1", en: "must be a whole number of at least 1")
    /// What `predicates.bands` needs.
    public static let expectedBands = Localized(
        id: "harus daftar predikat (name, from) yang tidak kosong dengan batas berbeda",
        en: "must be a non-empty list of predicates (name, from) with different bounds")
    /// What a band's `from` needs.
    public static let expectedIndex = Localized(
        id: "harus nilai indeks dari 0 sampai 100", en: "must be an index value from 0 to 100")
    /// What `stage` needs.
    public static let expectedStage = Localized(
        id: "harus initiative, trial atau implementation", en: "must be initiative, trial or implementation")
    /// What an indicator's `from` may say.
    public static let expectedSource = Localized(
        id: "hanya boleh enactment (level dibaca dari penetapan inovasi)",
        en: "may only be enactment (the level is read from the innovation's penetapan)")
    /// What a window's day needs.
    public static let expectedDay = Localized(
        id: "harus tanggal YYYY-MM-DD (from tidak sesudah to)", en: "must be a YYYY-MM-DD date (from not after to)")
    /// What `levels` needs.
    public static let expectedLevels = Localized(
        id: "harus daftar paling banyak 3 teks (level 1, 2, 3)",
        en: "must be a list of at most 3 texts (levels 1, 2, 3)")
    /// A value of the wrong type.
    public static let wrongType = Localized(id: "jenis nilainya salah", en: "has a value of the wrong type")
    /// A required key left out.
    public static let missingKey = Localized(id: "wajib diisi", en: "is required")
    /// The file is not a rules file at all.
    public static let notRules = Localized(
        id: "bukan berkas aturan IID (kunci: nilai)", en: "is not an IID rules file (key: value)")
    /// An indicator number given twice.
    public static func duplicateNumber(_ number: String) -> Localized {
        Localized(id: "nomor indikator \(number) dipakai dua kali", en: "indicator number \(number) is used twice")
    }
    /// A key this version does not know.
    public static func unknownKey(_ known: String) -> Localized {
        Localized(id: "tidak dikenal; yang dikenal: \(known)", en: "is unknown; known keys: \(known)")
    }

    /// A rules file refused, naming the file, the line when known, and the key.
    public static func refused(file: String, line: Int?, key: String, problem: Localized) -> Localized {
        guard let line else {
            return Localized(
                id: "Berkas aturan IID \(file): kunci “\(key)” \(problem.id)",
                en: "IID rules file \(file): key “\(key)” \(problem.en)")
        }
        return Localized(
            id: "Berkas aturan IID \(file), baris \(line): kunci “\(key)” \(problem.id)",
            en: "IID rules file \(file), line \(line): key “\(key)” \(problem.en)")
    }

    /// A rules file refused as a whole (not YAML, not a mapping), naming the file and the line.
    public static func refused(file: String, line: Int?, problem: Localized) -> Localized {
        Localized(
            id: "Berkas aturan IID \(file), baris \(line ?? 1): \(problem.id)",
            en: "IID rules file \(file), line \(line ?? 1): \(problem.en)")
    }
}
