import InovasiCore

/// Help texts of `inovasi proposal …`.
enum ProposalCommandText {
    static let command = Localized(
        id: "Usulan inovasi: tambah, ubah, tarik, ajukan ulang, lihat.",
        en: "Innovation proposals: add, edit, withdraw, resubmit, show.")
    static let add = Localized(
        id: "Menambah usulan (admin, atau operator untuk OPD-nya sendiri).",
        en: "Add a proposal (admin, or an operator for their own agency).")
    static let edit = Localized(
        id: "Mengubah isi usulan yang berstatus Diajukan atau Perlu Revisi; hanya kolom yang diberikan.",
        en: "Edit a proposal that is submitted or back for revision; only the fields given change.")
    static let withdraw = Localized(
        id: "Menarik usulan (status akhir Ditarik).", en: "Withdraw a proposal (final status withdrawn).")
    static let resubmit = Localized(
        id: "Mengajukan ulang usulan yang perlu revisi: putaran penilaian berikutnya.",
        en: "Resubmit a proposal sent back for revision: the next review round.")
    static let show = Localized(
        id: "Menampilkan usulan: semua isian, setiap putaran dengan nilainya, dan riwayatnya.",
        en: "Show a proposal: every field, every round with its scores, and its history.")
    static let idHelp = Localized(id: "Nomor usulan.", en: "The proposal's number.")
    static let noteHelp = Localized(id: "Catatan untuk riwayat.", en: "A note for the history.")
    static let titleHelp = Localized(id: "Judul usulan.", en: "The proposal's title.")
    static let opdHelp = Localized(
        id: "OPD pengusul: kode, nama, nama singkat atau nama lain.",
        en: "The proposing agency: code, name, short name or alias.")
    static let bidangHelp = Localized(id: "Bidang pengusul di OPD itu.", en: "The proposing division of that agency.")
    static let noBidangHelp = Localized(id: "Usulan tanpa bidang.", en: "No division.")
    static let formHelp = Localized(
        id: "Bentuk: tata kelola, pelayanan publik atau urusan lainnya.",
        en: "Form: governance, public service or other affairs.")
    static let initiatorKindHelp = Localized(
        id: "Jenis inisiator (bawaan: OPD).", en: "Kind of initiator (default: the agency).")
    static let initiatorHelp = Localized(
        id: "Nama inisiator (bawaan: nama OPD).", en: "The initiator's name (default: the agency's name).")
    static let affairHelp = Localized(id: "Urusan pemerintahan.", en: "The government affair served.")
    static let designHelp = Localized(id: "Rancang bangun.", en: "The design (rancang bangun).")
    static let goalHelp = Localized(id: "Tujuan.", en: "The goal.")
    static let benefitHelp = Localized(id: "Manfaat.", en: "The benefit.")
    static let resultHelp = Localized(id: "Hasil yang diharapkan.", en: "The expected result.")
    static let textFileHelp = Localized(
        id: "Teks panjang dari berkas UTF-8 (\"-\": dari masukan standar).",
        en: "The long text from a UTF-8 file (\"-\": from standard input).")
    static let trialHelp = Localized(
        id: "Rencana mulai uji coba (tanggal).", en: "Planned start of the trial (a date).")
    static let implementationHelp = Localized(
        id: "Rencana mulai penerapan (tanggal).", en: "Planned start of implementation (a date).")
    static let proposerHelp = Localized(
        id: "Nama pengusul dari masyarakat.", en: "The name of a member of the public who proposes.")
    static let contactHelp = Localized(
        id: "Kontak pengusul (telepon atau surel).", en: "The proposer's phone or e-mail.")
    static let submittedHelp = Localized(
        id: "Tanggal pengajuan (bawaan: sekarang).", en: "The day it was submitted (default: now).")
}
