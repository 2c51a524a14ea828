import InovasiCore

/// Strings of the form kit: what validation says, the questions it asks, the marks it draws.
enum FormText {
    static let required = Localized(id: "wajib diisi.", en: "is required.")
    static let notNumber = Localized(
        id: "bukan angka (contoh: 1.250.000 atau Rp 1.250.000).",
        en: "is not a number (e.g. 1.250.000 or Rp 1.250.000).")
    static let notDate = Localized(
        id: "bukan tanggal (contoh: 07/12/2026, 7 Desember 2026, 2026-12-07).",
        en: "is not a date (e.g. 07/12/2026, 7 December 2026, 2026-12-07).")
    static let notTime = Localized(
        id: "bukan jam (contoh: 09:30 atau 9.30).", en: "is not a time (e.g. 09:30 or 9.30).")
    static let discard = Localized(id: "Buang perubahan? y/n", en: "Discard the changes? y/n")
    static let saveAnyway = Localized(id: "Tetap simpan? y/n", en: "Save anyway? y/n")
    static let yes = Localized(id: "ya", en: "yes")
    static let no = Localized(id: "tidak", en: "no")
    static let newEntry = Localized(id: "baru", en: "new")
    static let noMatch = Localized(id: "tidak ada yang cocok", en: "nothing matches")

    static func tooLong(_ limit: Int) -> Localized {
        Localized(id: "paling banyak \(limit) karakter.", en: "takes at most \(limit) characters.")
    }

    static func outOfRange(_ low: String, _ high: String) -> Localized {
        Localized(id: "harus antara \(low) dan \(high).", en: "must lie between \(low) and \(high).")
    }

    static func fewWords(_ count: Int, _ minimum: Int) -> Localized {
        Localized(
            id: "hanya \(count) kata (disarankan paling sedikit \(minimum)).",
            en: "only \(count) words (at least \(minimum) suggested).")
    }

    /// "Catatan: wajib diisi." — the message naming its field, unless it starts with the name.
    static func named(_ label: Localized, _ message: Localized) -> Localized {
        func join(_ label: String, _ message: String) -> String {
            message.lowercased().hasPrefix(label.lowercased()) ? message : "\(label): \(message)"
        }
        return Localized { join(label.text($0), message.text($0)) }
    }
}

extension FormText {
    static let note = Localized(id: "Catatan", en: "Note")
}
