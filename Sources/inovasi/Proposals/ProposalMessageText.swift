import InovasiCore

/// What `inovasi proposal …` reports and refuses, in both languages.
enum ProposalMessageText {
    static func added(_ id: Int64, _ title: String) -> Localized {
        Localized(id: "Usulan #\(id) “\(title)” ditambahkan.", en: "Proposal #\(id) “\(title)” added.")
    }

    static func edited(_ id: Int64, version: Int64) -> Localized {
        Localized(id: "Usulan #\(id) diubah (versi \(version)).", en: "Proposal #\(id) edited (version \(version)).")
    }

    static func unchanged(_ id: Int64) -> Localized {
        Localized(id: "Usulan #\(id) tidak berubah.", en: "Proposal #\(id) is unchanged.")
    }

    static func withdrawn(_ id: Int64) -> Localized {
        Localized(id: "Usulan #\(id) ditarik.", en: "Proposal #\(id) withdrawn.")
    }

    static func resubmitted(_ id: Int64, round: Int64) -> Localized {
        Localized(
            id: "Usulan #\(id) diajukan ulang: putaran penilaian ke-\(round).",
            en: "Proposal #\(id) resubmitted: review round \(round).")
    }

    static func missing(_ option: String) -> Localized {
        Localized(id: "Isian \(option) wajib diberikan.", en: "The option \(option) is required.")
    }

    static func twoTexts(_ option: String) -> Localized {
        Localized(
            id: "Berikan \(option) atau \(option)-file, tidak keduanya.",
            en: "Give \(option) or \(option)-file, not both.")
    }

    static let stdinTwice = Localized(
        id: "Hanya satu isian -file yang boleh membaca masukan standar (\"-\").",
        en: "Only one -file option may read standard input (\"-\").")

    static func unreadableFile(_ path: String, option: String) -> Localized {
        Localized(
            id: "\(option): berkas \(path) tidak dapat dibaca.", en: "\(option): the file \(path) cannot be read.")
    }

    static func notUTF8(_ path: String, option: String) -> Localized {
        Localized(
            id: "\(option): berkas \(path) bukan teks UTF-8.", en: "\(option): the file \(path) is not UTF-8 text.")
    }

    static func badBudget(_ value: String) -> Localized {
        Localized(
            id: "--budget: “\(value)” bukan jumlah rupiah (contoh 1.250.000, 1250000 atau Rp 1.250.000).",
            en: "--budget: “\(value)” is not an amount in rupiah (e.g. 1.250.000, 1250000 or Rp 1.250.000).")
    }

    static func unknownOPD(_ text: String, path: String) -> Localized {
        Localized(
            id: "--opd: OPD “\(text)” tidak ada di \(path) (kode, nama, nama singkat atau nama lain).",
            en: "--opd: no agency “\(text)” in \(path) (code, name, short name or alias).")
    }

    static func unknownProposal(_ id: Int64, path: String) -> Localized {
        Localized(id: "Usulan #\(id) tidak ada di \(path).", en: "There is no proposal #\(id) in \(path).")
    }

    static func badID(_ value: String) -> Localized {
        Localized(id: "Nomor usulan “\(value)” tidak sah.", en: "Invalid proposal number “\(value)”.")
    }

    static func showTitle(_ id: Int64, _ title: String) -> Localized {
        Localized(id: "Usulan #\(id): \(title)", en: "Proposal #\(id): \(title)")
    }

    static func roundLine(round: Int64, version: Int64) -> Localized {
        Localized(
            id: "Putaran penilaian \(round) · versi \(version)", en: "Review round \(round) · version \(version)")
    }

    static let status = Localized(id: "Status", en: "State of review")
    static let submitted = Localized(id: "Diajukan", en: "Submitted")
    static let proposer = Localized(id: "Pengusul", en: "Proposer")
    static let plannedTrial = Localized(id: "Rencana uji coba", en: "Planned trial")
    static let plannedImplementation = Localized(id: "Rencana penerapan", en: "Planned implementation")
    static let round = Localized(id: "Putaran penilaian", en: "Review round")
    static let assignee = Localized(id: "Penilai", en: "Reviewer")
}
