/// Display names of the domain's enums, so the command line and the dashboard say the same words.
///
/// Raw values stay English and stable for files and scripts; these labels are only for people.
extension ProposalStatus {
    /// The status as a reviewer calls it: Diajukan, Ditinjau, Perlu Revisi …
    public var label: Localized {
        switch self {
        case .submitted: Localized(id: "Diajukan", en: "Submitted")
        case .inReview: Localized(id: "Ditinjau", en: "In review")
        case .revisionRequested: Localized(id: "Perlu Revisi", en: "Revision requested")
        case .approved: Localized(id: "Disetujui", en: "Approved")
        case .rejected: Localized(id: "Ditolak", en: "Rejected")
        case .withdrawn: Localized(id: "Ditarik", en: "Withdrawn")
        }
    }
}

extension Stage {
    /// The tahapan as the national IID application names it.
    public var label: Localized {
        switch self {
        case .initiative: Localized(id: "Inisiatif", en: "Initiative")
        case .trial: Localized(id: "Uji Coba", en: "Trial")
        case .implementation: Localized(id: "Penerapan", en: "Implementation")
        }
    }
}

extension InnovationForm {
    /// The bentuk as PP 38/2017 names it.
    public var label: Localized {
        switch self {
        case .governance: Localized(id: "Tata Kelola Pemerintahan Daerah", en: "Regional governance")
        case .publicService: Localized(id: "Pelayanan Publik", en: "Public service")
        case .otherAffairs: Localized(id: "Inovasi Daerah Lainnya", en: "Other government affairs")
        }
    }
}

extension InnovationKind {
    /// The jenis as the national IID application names it.
    public var label: Localized {
        switch self {
        case .digital: Localized(id: "Digital", en: "Digital")
        case .nonDigital: Localized(id: "Non-Digital", en: "Non-digital")
        }
    }
}

extension InitiatorKind {
    /// The inisiator as PP 38/2017 names it.
    public var label: Localized {
        switch self {
        case .regionalHead: Localized(id: "Kepala Daerah", en: "Regional head")
        case .councilMember: Localized(id: "Anggota DPRD", en: "Council member")
        case .civilServant: Localized(id: "ASN", en: "Civil servant")
        case .agency: Localized(id: "Perangkat Daerah", en: "Agency")
        case .citizen: Localized(id: "Anggota Masyarakat", en: "Member of the public")
        }
    }
}

extension AgencyKind {
    /// The kind of OPD as the city's own documents name it.
    public var label: Localized {
        switch self {
        case .sekretariat: Localized(id: "Sekretariat", en: "Secretariat")
        case .inspektorat: Localized(id: "Inspektorat", en: "Inspectorate")
        case .badan: Localized(id: "Badan", en: "Agency")
        case .dinas: Localized(id: "Dinas", en: "Department")
        case .satuan: Localized(id: "Satuan", en: "Unit")
        case .rsud: Localized(id: "RSUD", en: "Regional hospital")
        case .kecamatan: Localized(id: "Kecamatan", en: "District")
        case .kelurahan: Localized(id: "Kelurahan", en: "Urban village")
        }
    }
}

extension SessionMode {
    /// How a pendampingan is held: luring, daring or hibrida.
    public var label: Localized {
        switch self {
        case .offline: Localized(id: "Luring", en: "In person")
        case .online: Localized(id: "Daring", en: "Online")
        case .hybrid: Localized(id: "Hibrida", en: "Hybrid")
        }
    }
}

extension SessionStatus {
    /// Whether a pendampingan is still ahead, held, or called off.
    public var label: Localized {
        switch self {
        case .scheduled: Localized(id: "Terjadwal", en: "Scheduled")
        case .done: Localized(id: "Selesai", en: "Done")
        case .cancelled: Localized(id: "Dibatalkan", en: "Cancelled")
        }
    }
}

extension Role {
    /// The role as the office calls it.
    public var label: Localized {
        switch self {
        case .admin: Localized(id: "Admin", en: "Admin")
        case .reviewer: Localized(id: "Penilai", en: "Reviewer")
        case .supervisor: Localized(id: "Pimpinan", en: "Supervisor")
        case .viewer: Localized(id: "Pemantau", en: "Viewer")
        case .operator: Localized(id: "Operator OPD", en: "Agency operator")
        }
    }
}

extension Role {
    /// A user's role as the office calls it, or "tanpa peran" for a user who has none.
    public static func label(_ role: Role?) -> Localized {
        role?.label ?? noRole
    }

    /// What a user without a role is called.
    public static let noRole = Localized(id: "tanpa peran", en: "no role")
}

extension ReviewCriterion {
    /// The criterion of PP 38/2017 Pasal 6, short enough for a column or a form line.
    public var label: Localized {
        switch self {
        case .renewal: Localized(id: "Mengandung pembaharuan", en: "Contains renewal")
        case .benefit: Localized(id: "Bermanfaat bagi daerah/masyarakat", en: "Benefits the region or public")
        case .noUndueBurden:
            Localized(
                id: "Tidak membebani dan/atau membatasi masyarakat",
                en: "Does not burden and/or restrict the public")
        case .withinAuthority: Localized(id: "Kewenangan daerah", en: "Within regional authority")
        case .replicable: Localized(id: "Dapat direplikasi", en: "Replicable")
        }
    }
}

extension ReviewCriterion {
    /// The criterion in one or two words, for "not met: kewenangan" in a sentence or a cell.
    public var shortLabel: Localized {
        switch self {
        case .renewal: Localized(id: "pembaharuan", en: "renewal")
        case .benefit: Localized(id: "manfaat", en: "benefit")
        case .noUndueBurden: Localized(id: "tidak membebani", en: "no burden")
        case .withinAuthority: Localized(id: "kewenangan", en: "authority")
        case .replicable: Localized(id: "replikasi", en: "replicability")
        }
    }
}

extension Verdict {
    /// The recommendation as the end of a sentence: "recommended for approval.", or the criteria not met.
    public var label: Localized {
        switch self {
        case .approve: Localized(id: "direkomendasikan untuk disetujui.", en: "recommended for approval.")
        case .belowThreshold:
            Localized(id: "tidak direkomendasikan untuk disetujui.", en: "not recommended for approval.")
        case .notMet(let criteria):
            Localized(composing: { language in
                let names = criteria.map { $0.shortLabel.text(language) }.joined(separator: ", ")
                return Verdict.notMetLead.text(language) + names + "."
            })
        }
    }

    /// The recommendation in a word or two, for a table cell: approve, revise, or ✗ and the criteria not met.
    public var shortLabel: Localized {
        switch self {
        case .approve: Localized(id: "setujui", en: "approve")
        case .belowThreshold: Localized(id: "revisi", en: "revise")
        case .notMet(let criteria):
            Localized(composing: { language in
                "✗ " + criteria.map { $0.shortLabel.text(language) }.joined(separator: ", ")
            })
        }
    }

    /// "tidak terpenuhi: " before the criteria that are not met.
    public static let notMetLead = Localized(id: "tidak terpenuhi: ", en: "not met: ")
}
