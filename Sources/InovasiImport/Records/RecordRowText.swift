import InovasiCore

/// The reasons a row of innovations or proposals is refused, and what an empty long text becomes.
enum RecordRowText {
    /// What an empty long text is stored as.
    static let notFilled = "-"

    static let unknownOPD = Localized(
        id: "OPD tidak dikenal (kode, nama, nama singkat atau alias)",
        en: "unknown OPD (code, name, short name or alias)")
    static let inactiveOPD = Localized(id: "OPD sudah nonaktif", en: "the OPD is deactivated")
    static func unknownBidang(_ code: String) -> Localized {
        Localized(id: "bidang tidak ada di \(code)", en: "no such bidang in \(code)")
    }
    static func badChoice(_ choices: String) -> Localized {
        Localized(id: "nilai tidak dikenal (\(choices))", en: "unknown value (\(choices))")
    }
    static let tooLarge = Localized(
        id: "jumlah terlalu besar (paling banyak Rp 1.000.000.000.000)",
        en: "amount too large (at most Rp 1.000.000.000.000)")
    static func duplicateRow(_ first: Localized) -> Localized {
        Localized(composing: { language in
            duplicateRowText(first.text(language)).text(language)
        })
    }
    static func duplicateRowText(_ first: String) -> Localized {
        Localized(id: "baris yang sama dengan \(first)", en: "the same row as \(first)")
    }

    static func reason(_ reason: ValidationError.Reason) -> Localized {
        switch reason {
        case .tooLong(let max): tooLong(max)
        case .empty, .missing: ImportText.empty
        case .negative: Localized(id: "tidak boleh negatif", en: "must not be negative")
        case .endBeforeStart: Localized(id: "sebelum tanggal mulainya", en: "before its start")
        default: Localized(id: "tidak sah", en: "not valid")
        }
    }

    static func tooLong(_ max: Int) -> Localized {
        Localized(id: "lebih dari \(max) karakter", en: "longer than \(max) characters")
    }
}
