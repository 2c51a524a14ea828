import InovasiCore

/// Column headings and labels of `innovation list` and `innovation show`.
enum InnovationColumnText {
    static let opd = Localized(id: "OPD", en: "Agency")
    static let bidang = Localized(id: "Bidang", en: "Division")
    static let title = Localized(id: "Judul", en: "Title")
    static let stage = Localized(id: "Tahap", en: "Stage")
    static let main = Localized(id: "Utama", en: "Main")
    static let state = Localized(id: "Keadaan", en: "State")
    static let started = Localized(id: "Mulai", en: "Started")
    static let active = Localized(id: "aktif", en: "active")
    static let stopped = Localized(id: "berhenti", en: "stopped")
    static let form = Localized(id: "Bentuk", en: "Form")
    static let kind = Localized(id: "Jenis inovasi", en: "Innovation kind")
    static let initiator = Localized(id: "Inisiator", en: "Initiator")
    static let affair = Localized(id: "Urusan utama", en: "Main affair")
    static let sharedAffairs = Localized(id: "Urusan beririsan", en: "Shared affairs")
    static let design = Localized(id: "Rancang bangun", en: "Design")
    static let goal = Localized(id: "Tujuan", en: "Goal")
    static let benefit = Localized(id: "Manfaat", en: "Benefit")
    static let result = Localized(id: "Hasil", en: "Result")
    static let budget = Localized(id: "Anggaran", en: "Budget")
    static let enactment = Localized(id: "Penetapan", en: "Enactment")
    static let startYear = Localized(id: "Tahun mulai", en: "Year started")
    static let stopReason = Localized(id: "Alasan berhenti", en: "Why it stopped")
    static let history = Localized(id: "Riwayat tahap", en: "Stage history")
    static let date = Localized(id: "Tanggal", en: "Date")
    static let by = Localized(id: "Oleh", en: "By")
    static let note = Localized(id: "Catatan alasan", en: "Note on why")
    static let unknownBy = Localized(id: "(dari catatan lama)", en: "(from the earlier record)")
    static let empty = Localized(id: "Tidak ada inovasi yang cocok.", en: "No matching innovations.")

    static func words(_ count: Int) -> Localized {
        Localized(id: "\(count) kata", en: "\(count) words")
    }

    static func enactmentText(_ kind: EnactmentKind, number: String, date: String) -> Localized {
        Localized(
            id: "\(kind.label.id) Nomor \(number), \(date)", en: "\(kind.label.en) number \(number), \(date)")
    }

    static func stoppedOn(_ date: String) -> Localized {
        Localized(id: "berhenti sejak \(date)", en: "stopped since \(date)")
    }
}
