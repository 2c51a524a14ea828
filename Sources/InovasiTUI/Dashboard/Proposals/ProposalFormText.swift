import InovasiCore

/// The proposal form's labels, hints and messages, in both languages.
enum ProposalFormText {
    static let newTitle = Localized(id: "Usulan baru", en: "New proposal")
    static let editTitle = Localized(id: "Ubah usulan", en: "Edit proposal")
    static let title = InnovationFormText.title
    static let opd = Localized(id: "OPD pengusul", en: "Proposing agency")
    static let initiatorKind = Localized(id: "Jenis inisiator", en: "Initiator kind")
    static let initiator = InnovationFormText.initiator
    static let affair = Localized(id: "Urusan", en: "Affair")
    static let budget = InnovationFormText.budget
    static let proposer = Localized(id: "Pengusul (masyarakat)", en: "Proposer (public)")
    static let contact = Localized(id: "Kontak pengusul", en: "Proposer's contact")
    static let submit = Localized(id: "Ajukan", en: "Submit")
    static let noBidang = Localized(id: "(tanpa bidang)", en: "(no division)")
    static let save = Localized(id: "Simpan", en: "Save")
    static let implementationBeforeTrial = Localized(
        id: "Rencana penerapan tidak boleh sebelum rencana uji coba.",
        en: "Implementation cannot be planned before the trial.")
    static let noAgency = Localized(
        id: "Belum ada OPD yang dapat dipilih: tambahkan OPD dulu (inovasi opd add).",
        en: "There is no agency to choose: add one first (inovasi opd add).")

    static func added(_ id: Int64, _ title: String) -> Localized {
        Localized(id: "Usulan #\(id) “\(title)” diajukan.", en: "Proposal #\(id) “\(title)” submitted.")
    }

    static func edited(_ id: Int64) -> Localized {
        Localized(id: "Usulan #\(id) disimpan.", en: "Proposal #\(id) saved.")
    }

    static func roleCannotAdd(_ role: Role?) -> Localized {
        Localized(composing: { language in cannotAdd(Role.label(role).text(language)).text(language) })
    }

    private static func cannotAdd(_ role: String) -> Localized {
        Localized(
            id: "Peran \(role) tidak boleh memasukkan usulan (admin dan operator OPD boleh).",
            en: "The role \(role) may not enter proposals (admins and agency operators may).")
    }

    static func notEditable(_ id: Int64, _ status: ProposalStatus) -> Localized {
        Localized(composing: { language in
            let names = ProposalAct.edit.allowedStatuses.map { $0.label.text(language) }.joined(separator: " / ")
            return cannotEdit(id, status.label.text(language), names).text(language)
        })
    }

    private static func cannotEdit(_ id: Int64, _ status: String, _ allowed: String) -> Localized {
        Localized(
            id: "Usulan #\(id) berstatus \(status): hanya dapat diubah saat \(allowed).",
            en: "Proposal #\(id) is \(status): it can be edited only while \(allowed).")
    }

    /// The heading of one earlier round's scores in the proposal's detail.
    static func roundScores(_ round: Int64, current: Bool) -> Localized {
        current
            ? Localized(id: "Penilaian · putaran \(round) (sekarang)", en: "Scores · round \(round) (current)")
            : Localized(id: "Penilaian · putaran \(round)", en: "Scores · round \(round)")
    }
}
