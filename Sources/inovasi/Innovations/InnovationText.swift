import InovasiCore

/// Messages and help of `inovasi innovation …`.
enum InnovationText {
    static let command = Localized(
        id: "Inovasi daerah: menambah, mengubah, memajukan tahap, inovasi utama, menghentikan, daftar, rincian.",
        en: "Regional innovations: add, edit, advance a stage, main innovation, stop, list, show.")
    static let add = Localized(
        id: "Menambah inovasi sebuah OPD (hanya admin).", en: "Adds an OPD's innovation (admin only).")
    static let edit = Localized(
        id: "Mengubah isian inovasi yang disebut saja (hanya admin).",
        en: "Changes only the given fields of an innovation (admin only).")
    static let advance = Localized(
        id: "Memajukan inovasi satu tahap: inisiatif → uji coba → penerapan (admin dan penilai).",
        en: "Moves an innovation one stage forward: initiative → trial → implementation (admins and reviewers).")
    static let stage = Localized(
        id: "Memundurkan inovasi ke tahap sebelumnya, dengan catatan (hanya admin).",
        en: "Moves an innovation back to an earlier stage, with a note (admin only).")
    static let setMain = Localized(
        id: "Menjadikan inovasi utama OPD atau bidangnya; yang lama dilepas (hanya admin).",
        en: "Makes it the main innovation of its OPD or bidang; the previous one is cleared (admin only).")
    static let unsetMain = Localized(
        id: "Melepas tanda inovasi utama (hanya admin).", en: "Clears the main-innovation flag (admin only).")
    static let resume = Localized(
        id: "Menjalankan kembali inovasi yang dihentikan (hanya admin).",
        en: "Lets a stopped innovation run again (admin only).")
    static let stop = Localized(
        id: "Menghentikan inovasi, dengan alasan (hanya admin).", en: "Stops an innovation, with a reason (admin only)."
    )
    static let list = Localized(
        id: "Daftar inovasi, menurut OPD, tahap, atau tahap yang dicapai dalam satu tahun.",
        en: "Lists innovations, by OPD, stage, or the stage reached in a year.")
    static let show = Localized(
        id: "Rincian satu inovasi dengan riwayat tahapnya.", en: "One innovation's details with its stage history.")

    static let idHelp = Localized(id: "Nomor inovasi.", en: "The innovation's number.")
    static let opdHelp = Localized(id: "OPD: kodenya atau nama lengkapnya.", en: "The OPD: its code or full name.")
    static let bidangHelp = Localized(id: "Bidang OPD yang menjalankannya.", en: "The OPD's bidang that runs it.")
    static let noBidangHelp = Localized(
        id: "Dijalankan OPD sendiri, bukan bidang.", en: "Run by the OPD itself, not a bidang.")
    static let titleHelp = Localized(id: "Nama inovasi.", en: "The innovation's name.")
    static let formHelp = Localized(
        id: "Bentuk: tata kelola, pelayanan publik atau lainnya.", en: "Form: governance, public service or other.")
    static let kindHelp = Localized(id: "Jenis: digital atau non digital.", en: "Kind: digital or non-digital.")
    static let affairHelp = Localized(id: "Urusan utama.", en: "The main government affair.")
    static let sharedAffairHelp = Localized(
        id: "Urusan beririsan (boleh berulang).", en: "A shared affair (may be repeated).")
    static let startedHelp = Localized(
        id: "Tanggal mulai, misalnya 2026-12-07 atau 7 Desember 2026.",
        en: "The day it started, e.g. 2026-12-07 or 7 Desember 2026.")
    static let stageHelp = Localized(
        id: "Tahap: inisiatif, uji coba atau penerapan.", en: "Stage: initiative, trial or implementation.")
    static let stageChangedHelp = Localized(
        id: "Tanggal mencapai tahap itu (bawaan: tanggal mulai).",
        en: "The day it reached that stage (default: the start day).")
    static let initiatorKindHelp = Localized(
        id: "Jenis inisiator: regionalHead, councilMember, civilServant, agency atau citizen (bawaan: agency).",
        en: "Initiator kind: regionalHead, councilMember, civilServant, agency or citizen (default: agency).")
    static let initiatorHelp = Localized(
        id: "Nama inisiator (bawaan: nama OPD).", en: "The initiator's name (default: the OPD's name).")
    static let summaryHelp = Localized(id: "Ringkasan satu dua kalimat.", en: "A summary in a sentence or two.")
    static let designHelp = Localized(
        id: "Rancang bangun (IID meminta 300 kata).", en: "Design (the IID asks for 300 words).")
    static let goalHelp = Localized(id: "Tujuan.", en: "Goal.")
    static let benefitHelp = Localized(id: "Manfaat.", en: "Benefit.")
    static let resultHelp = Localized(id: "Hasil.", en: "Result.")
    static let budgetHelp = Localized(
        id: "Anggaran dalam rupiah: 1.250.000, 1250000 atau Rp 1.250.000.",
        en: "Budget in rupiah: 1.250.000, 1250000 or Rp 1.250.000.")
    static let enactmentKindHelp = Localized(
        id: "Penetapan: sk (SK Kepala Daerah), perkada atau perda.",
        en: "Enactment: sk (regional head decree), perkada or perda.")
    static let enactmentNumberHelp = Localized(id: "Nomor penetapan.", en: "The enactment's number.")
    static let enactmentDateHelp = Localized(id: "Tanggal penetapan.", en: "The enactment's date.")
    static let noteHelp = Localized(id: "Catatan alasannya.", en: "A note saying why.")
    static let reasonHelp = Localized(id: "Alasan penghentian.", en: "Why it stops.")
    static let stopDateHelp = Localized(
        id: "Tanggal berhenti (bawaan: hari ini).", en: "The day it stops (default: today).")
    static let reachedHelp = Localized(
        id: "Hanya yang mencapai tahap ini (menurut riwayat), dalam --year.",
        en: "Only those that reached this stage (by the history), within --year.")
    static let yearHelp = Localized(id: "Tahun untuk --reached.", en: "The year for --reached.")
    static let targetStageHelp = Localized(
        id: "Tahap tujuan, sebelum tahap sekarang.", en: "The stage to move back to, before the current one.")
}
