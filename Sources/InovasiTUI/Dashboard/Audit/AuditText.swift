import InovasiCore

/// The words of the audit view (`H`) and its filter form.
enum AuditText {
    /// `H` outside a detail.
    static let open = Localized(id: "jejak audit (admin, supervisor)", en: "audit trail (admin, supervisor)")
    /// `H` in a record's detail.
    static let openRecord = Localized(id: "jejak audit rekaman ini", en: "this record's audit trail")
    /// `[` in the audit view.
    static let newerPage = Localized(id: "halaman lebih baru", en: "newer page")
    /// `]` in the audit view.
    static let olderPage = Localized(id: "halaman lebih lama", en: "older page")
    /// `f` in the audit view.
    static let filter = Localized(id: "saring jejak", en: "filter the trail")
    /// `Enter` in the audit view.
    static let openEntry = Localized(id: "buka entri (sebelum/sesudah)", en: "open the entry (before/after)")
    /// The view's title.
    static let title = Localized(id: "Jejak audit", en: "Audit trail")
    /// One entry's title.
    static func entryTitle(_ id: Int64) -> Localized {
        Localized(id: "Entri audit #\(id)", en: "Audit entry #\(id)")
    }
    /// "1–100 dari 12.345", the numbers already written in the language shown.
    static func range(_ first: String, _ last: String, _ total: String) -> Localized {
        Localized(id: "\(first)–\(last) dari \(total)", en: "\(first)–\(last) of \(total)")
    }
    static let everything = Localized(id: "semua entri", en: "every entry")
    static func byUser(_ user: String) -> Localized {
        Localized(id: "oleh \(user)", en: "by \(user)")
    }
    static let empty = Localized(id: "Tidak ada entri yang cocok.", en: "No entry matches.")
    static let noMorePages = Localized(id: "Tidak ada halaman lagi ke arah itu.", en: "No more pages that way.")
    /// Neither admin nor supervisor.
    static func roleCannotRead(_ role: Role?) -> Localized {
        let name = Role.label(role)
        return Localized(
            id: "Jejak audit hanya untuk admin dan supervisor (Anda: \(name.id)).",
            en: "The audit trail is for admins and supervisors only (you: \(name.en)).")
    }
    static let whenField = Localized(id: "Waktu", en: "When")
    static let userField = Localized(id: "Pengguna", en: "User")
    static let actionField = Localized(id: "Tindakan", en: "Action")
    static let entityField = Localized(id: "Rekaman", en: "Record")
    static let noteField = FormText.note
    static let textField = Localized(id: "Teks", en: "Text")
    static let before = Localized(id: "Sebelum", en: "Before")
    static let after = Localized(id: "Sesudah", en: "After")
    static let nothing = Localized(id: "(tidak ada)", en: "(nothing)")
    static let allKinds = Localized(id: "semua", en: "all")
    static let apply = ReviewText.apply
    /// `Enter` in the filter form.
    static let applyHint = Localized(id: "terapkan", en: "apply")
    static let filterTitle = Localized(id: "Saring jejak audit", en: "Filter the audit trail")

    /// A kind of record as people call it; an unknown kind stays as stored.
    static func entityName(_ entity: String) -> Localized {
        switch entity {
        case "proposal": Localized(id: "usulan", en: "proposal")
        case "innovation": Localized(id: "inovasi", en: "innovation")
        case "agency": Localized(id: "OPD", en: "agency (OPD)")
        case "division": Localized(id: "bidang", en: "division")
        case "user": Localized(id: "pengguna", en: "user")
        case "review_score": Localized(id: "nilai penilai", en: "review score")
        case "mentoring_session": Localized(id: "pendampingan", en: "mentoring session")
        case "store": Localized(id: "penyimpanan", en: "store")
        case "import": Localized(id: "impor", en: "import")
        default: Localized(verbatim: entity)
        }
    }
}
