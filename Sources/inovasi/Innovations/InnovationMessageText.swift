import InovasiCore

/// What `inovasi innovation …` prints after a change, and its refusals of bad input.
enum InnovationMessageText {
    static func added(_ id: Int64, _ title: String) -> Localized {
        Localized(id: "Inovasi \(id) “\(title)” ditambahkan.", en: "Innovation \(id) “\(title)” added.")
    }

    static func edited(_ id: Int64) -> Localized {
        Localized(id: "Inovasi \(id) diubah.", en: "Innovation \(id) changed.")
    }

    static func unchanged(_ id: Int64) -> Localized {
        Localized(id: "Inovasi \(id) tidak berubah.", en: "Innovation \(id) is unchanged.")
    }

    static func staged(_ id: Int64, _ stage: Stage) -> Localized {
        Localized(
            id: "Inovasi \(id) kini di tahap \(stage.label.id).", en: "Innovation \(id) is now at \(stage.label.en).")
    }

    static func mainSet(_ id: Int64) -> Localized {
        Localized(id: "Inovasi \(id) kini inovasi utama.", en: "Innovation \(id) is now the main innovation.")
    }

    static func mainUnset(_ id: Int64) -> Localized {
        Localized(
            id: "Inovasi \(id) bukan lagi inovasi utama.", en: "Innovation \(id) is no longer the main innovation.")
    }

    static func resumed(_ id: Int64) -> Localized {
        Localized(id: "Inovasi \(id) berjalan kembali.", en: "Innovation \(id) runs again.")
    }

    static func stopped(_ id: Int64) -> Localized {
        Localized(id: "Inovasi \(id) dihentikan.", en: "Innovation \(id) stopped.")
    }

    static func thinDesign(_ words: Int) -> Localized {
        Localized(
            id: "Peringatan: rancang bangun baru \(words) kata; IID meminta paling sedikit 300.",
            en: "Warning: the design has only \(words) words; the IID asks for at least 300.")
    }

    static func unknownOPD(_ text: String, path: String) -> Localized {
        Localized(
            id: "--opd: OPD “\(text)” tidak ada di \(path) (tulis kode atau nama lengkapnya).",
            en: "--opd: no OPD “\(text)” in \(path) (write its code or full name).")
    }

    static func unknownBidang(_ name: String, opd: String, known: String) -> Localized {
        Localized(
            id: "--bidang: “\(name)” bukan bidang \(opd). Bidangnya: \(known).",
            en: "--bidang: “\(name)” is not a bidang of \(opd). Its bidang: \(known).")
    }

    static let noBidang = Localized(id: "(tidak ada)", en: "(none)")

    static func unknownInnovation(_ id: Int64, path: String) -> Localized {
        Localized(id: "Tidak ada inovasi nomor \(id) di \(path).", en: "No innovation number \(id) in \(path).")
    }

    static func badChoice(_ value: String, option: String, choices: String) -> Localized {
        Localized(
            id: "\(option): “\(value)” tidak dikenal; pilih \(choices).",
            en: "\(option): unknown value “\(value)”; choose \(choices).")
    }

    static func badBudget(_ value: String) -> Localized {
        Localized(
            id: "--budget: “\(value)” bukan jumlah rupiah; tulis misalnya 1.250.000, 1250000 atau Rp 1.250.000.",
            en: "--budget: “\(value)” is not an amount in rupiah; write e.g. 1.250.000, 1250000 or Rp 1.250.000.")
    }

    static func badDate(_ value: String, option: String) -> Localized {
        Localized(
            id:
                "\(option): “\(value)” bukan tanggal yang ada; tulis misalnya 2026-12-07, 07/12/2026 atau 7 Desember 2026.",
            en: "\(option): “\(value)” is not a date that exists; write e.g. 2026-12-07, 07/12/2026 or 7 Desember 2026."
        )
    }

    static func badID(_ value: String) -> Localized {
        Localized(id: "Nomor inovasi “\(value)” tidak sah.", en: "Invalid innovation number “\(value)”.")
    }

    static func badYear(_ value: String) -> Localized {
        Localized(
            id: "--year: “\(value)” bukan tahun (1900–9999).", en: "--year: “\(value)” is not a year (1900–9999).")
    }

    static let yearNeedsReached = Localized(
        id: "--year hanya berlaku bersama --reached.", en: "--year only applies together with --reached.")

    static let enactmentIncomplete = Localized(
        id: "Penetapan perlu --enactment-kind, --enactment-number dan --enactment-date bersama.",
        en: "An enactment needs --enactment-kind, --enactment-number and --enactment-date together.")
}
