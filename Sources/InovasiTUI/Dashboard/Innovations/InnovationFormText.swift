import InovasiCore

/// The words of the innovation form (`+` new, `e` edit in an OPD's detail) and of `r` (resume).
enum InnovationFormText {
    /// `+` in an OPD's detail.
    static let add = Localized(id: "inovasi baru", en: "new innovation")
    /// `e` in an OPD's detail.
    static let edit = Localized(id: "ubah inovasi", en: "edit the innovation")
    /// `r` in an OPD's detail.
    static let resume = Localized(id: "jalankan kembali (dihentikan)", en: "resume (stopped)")
    /// The form's title for a new innovation.
    static func newTitle(_ agency: String) -> Localized {
        Localized(id: "Inovasi baru — \(agency)", en: "New innovation — \(agency)")
    }
    /// The form's title for an edit.
    static func editTitle(_ id: Int64, _ title: String) -> Localized {
        Localized(id: "Ubah inovasi #\(id) \(title)", en: "Edit innovation #\(id) \(title)")
    }
    static let title = Localized(id: "Judul", en: "Title")
    static let bidang = LabelText.division
    static let form = LabelText.form
    static let kind = LabelText.kind
    static let initiatorKind = LabelText.initiator
    static let initiator = Localized(id: "Nama inisiator", en: "Initiator's name")
    static let affair = Localized(id: "Urusan utama", en: "Main affair")
    static let sharedAffairs = Localized(id: "Urusan beririsan", en: "Shared affairs")
    static let design = LabelText.design
    static let goal = LabelText.goal
    static let benefit = LabelText.benefit
    static let result = Localized(id: "Hasil", en: "Result")
    static let budget = Localized(id: "Anggaran (Rp)", en: "Budget (Rp)")
    static let enactmentKind = Localized(id: "Penetapan", en: "Enactment")
    static let noEnactment = Localized(id: "belum ada", en: "none yet")
    static let enactmentNumber = Localized(id: "Nomor penetapan", en: "Enactment number")
    static let enactmentDate = Localized(id: "Tanggal penetapan", en: "Enactment date")
    static let started = Localized(id: "Mulai (tanggal)", en: "Started (date)")
    /// The form's button.
    static let save = ReviewText.save
    /// A penetapan with one of its parts missing.
    static let enactmentIncomplete = Localized(
        id: "penetapan perlu jenis, nomor dan tanggal", en: "an enactment needs its kind, number and date")
    /// The IID's 300-word wish for the rancang bangun.
    static func thinDesign(_ words: Int) -> Localized {
        Localized(
            id: "rancang bangun baru \(words) kata; IID meminta paling sedikit 300",
            en: "the design has only \(words) words; the IID asks for at least 300")
    }
    /// The live word count under the form.
    static func designWords(_ words: Int) -> Localized {
        Localized(
            id: "Rancang bangun: \(words) kata (IID meminta ≥ 300)",
            en: "Design: \(words) words (the IID asks for ≥ 300)")
    }
    /// What `+` saved.
    static func added(_ innovation: Innovation) -> Localized {
        Localized(
            id: "Inovasi #\(innovation.id) \(innovation.title) ditambahkan.",
            en: "Innovation #\(innovation.id) \(innovation.title) added.")
    }
    /// What `e` saved.
    static func edited(_ innovation: Innovation) -> Localized {
        Localized(id: "Inovasi #\(innovation.id) disimpan.", en: "Innovation #\(innovation.id) saved.")
    }
    /// What `r` did.
    static func resumed(_ innovation: Innovation) -> Localized {
        Localized(
            id: "Inovasi #\(innovation.id) berjalan kembali.", en: "Innovation #\(innovation.id) runs again.")
    }
    /// `r` on an innovation that runs.
    static let notStopped = Localized(
        id: "Inovasi ini tidak dihentikan; tidak ada yang dijalankan kembali.",
        en: "This innovation is not stopped; there is nothing to resume.")
    /// Only an admin adds, edits or resumes innovations.
    static func roleNotAdmin(_ role: Role?) -> Localized {
        let name = Role.label(role)
        return Localized(
            id: "Hanya admin yang dapat menambah atau mengubah inovasi (Anda: \(name.id)).",
            en: "Only an admin can add or change innovations (you: \(name.en)).")
    }
    /// The cursor in an OPD's detail is not on its innovations, nor is an OPD's detail open.
    static let noAgency = Localized(
        id: "Buka detail OPD (Enter di panel OPD) dulu.", en: "Open an agency's detail (Enter in the OPD pane) first.")
}
