/// How a person reads an audit action (`proposal.approve`, `proposal.assign` …) in a history or a
/// refusal: "approved it", "assigned a reviewer". One table for the store's messages, the command
/// line's history and the dashboard's detail.
public enum AuditActionText {
    /// What someone did; an unknown action stays as written.
    public static func past(_ action: String) -> Localized {
        if action.hasPrefix("proposal."),
            let event = ProposalEvent(rawValue: String(action.dropFirst("proposal.".count)))
        {
            return past(event)
        }
        switch action {
        case "proposal.add": return Localized(id: "menambahkannya", en: "added it")
        case "proposal.submit": return Localized(id: "mengajukannya", en: "submitted it")
        case "proposal.edit": return Localized(id: "mengubah isi usulan", en: "edited the proposal")
        case "score.save": return Localized(id: "menilainya", en: "scored it")
        case "proposal.assign": return Localized(id: "menugaskan penilai", en: "assigned a reviewer")
        case "proposal.unassign": return Localized(id: "melepas penilainya", en: "removed its reviewer")
        case "proposal.undo": return Localized(id: "membatalkan tindakan sebelumnya", en: "undid an earlier action")
        case "innovation.add": return Localized(id: "menambahkan inovasi", en: "added an innovation")
        case "innovation.remove": return Localized(id: "menghapus inovasi", en: "removed an innovation")
        case "innovation.edit": return Localized(id: "mengubah inovasi", en: "edited an innovation")
        case "innovation.stage": return Localized(id: "mengubah tahap inovasi", en: "changed an innovation's stage")
        case "innovation.setMain":
            return Localized(id: "menjadikannya inovasi utama", en: "made it the main innovation")
        case "innovation.unsetMain":
            return Localized(id: "mencabut status inovasi utama", en: "took away its main-innovation status")
        case "innovation.stop": return Localized(id: "menghentikan inovasi", en: "stopped an innovation")
        case "innovation.resume":
            return Localized(id: "menjalankan kembali inovasi", en: "resumed an innovation")
        case "iid.evidence": return Localized(id: "mengisi bukti IID", en: "entered IID evidence")
        case "store.create": return Localized(id: "membuat penyimpanan", en: "created the store")
        case "user.add": return Localized(id: "menambahkan pengguna", en: "added a user")
        case "user.setRole": return Localized(id: "mengganti peran pengguna", en: "changed a user's role")
        case "demo.import": return Localized(id: "mengisi data demo", en: "filled in the demo data")
        case "import.opds": return Localized(id: "mengimpor OPD dari berkas", en: "imported agencies from a file")
        case "import.proposals":
            return Localized(id: "mengimpor usulan dari berkas", en: "imported proposals from a file")
        case "import.innovations":
            return Localized(id: "mengimpor inovasi dari berkas", en: "imported innovations from a file")
        case "store.import":
            return Localized(id: "mengimpor seluruh data dari ekspor", en: "imported a whole store from an export")
        case "session.add": return Localized(id: "menjadwalkan pendampingan", en: "scheduled a mentoring session")
        case "agency.add": return Localized(id: "menambahkan OPD", en: "added an agency")
        case "agency.edit": return Localized(id: "mengubah OPD", en: "edited an agency")
        case "agency.deactivate": return Localized(id: "menonaktifkan OPD", en: "deactivated an agency")
        case "agency.activate": return Localized(id: "mengaktifkan kembali OPD", en: "reactivated an agency")
        case "agency.aliasAdd": return Localized(id: "menambahkan nama lain OPD", en: "added an agency alias")
        case "division.add": return Localized(id: "menambahkan bidang", en: "added a division")
        case "division.rename": return Localized(id: "mengganti nama bidang", en: "renamed a division")
        case "division.remove": return Localized(id: "menghapus bidang", en: "removed a division")
        case "city.setup": return Localized(id: "menyiapkan struktur kota", en: "set up the city's structure")
        case "agency.softDelete", "innovation.softDelete", "proposal.softDelete":
            return Localized(id: "menghapusnya (dapat dipulihkan)", en: "removed it (restorable)")
        case "agency.restore", "innovation.restore", "proposal.restore":
            return Localized(id: "memulihkannya", en: "restored it")
        default: return Localized(verbatim: action)
        }
    }

    /// What someone did to a proposal with `event`.
    public static func past(_ event: ProposalEvent) -> Localized {
        switch event {
        case .take: Localized(id: "mengambilnya untuk ditinjau", en: "took it into review")
        case .release: Localized(id: "mengembalikannya ke antrean", en: "released it to the queue")
        case .approve: Localized(id: "menyetujuinya", en: "approved it")
        case .requestRevision: Localized(id: "meminta revisi", en: "asked for a revision")
        case .reject: Localized(id: "menolaknya", en: "rejected it")
        case .resubmit: Localized(id: "mengajukannya ulang", en: "resubmitted it")
        case .withdraw: Localized(id: "menariknya", en: "withdrew it")
        }
    }
}

extension AuditEntry {
    /// The entry's action as a person reads it.
    public var actionText: Localized { AuditActionText.past(action) }
}
