import InovasiCore

/// Messages about bad command-line input: each names the option and the value.
enum InputText {
    static func badLanguage(_ value: String) -> Localized {
        Localized(
            id: "Bahasa “\(value)” untuk --lang tidak dikenal: pilih id atau en.",
            en: "Unknown language “\(value)” for --lang: choose id or en.")
    }

    static func badFormat(_ value: String) -> Localized {
        Localized(
            id: "Format “\(value)” untuk --format tidak dikenal: pilih table, csv, json atau markdown.",
            en: "Unknown format “\(value)” for --format: choose table, csv, json or markdown.")
    }

    static func badDate(_ value: String, option: String) -> Localized {
        Localized(
            id: "Tanggal “\(value)” untuk \(option) tidak sah: tulis TTTT-BB-HH, misalnya 2026-12-07.",
            en: "Invalid date “\(value)” for \(option): write YYYY-MM-DD, e.g. 2026-12-07.")
    }

    static func rangeReversed(from: String, to: String) -> Localized {
        Localized(
            id: "Tanggal --from (\(from)) jatuh sesudah --to (\(to)).",
            en: "The --from date (\(from)) falls after the --to date (\(to)).")
    }

    static func badScale(_ value: String) -> Localized {
        Localized(
            id: "Skala “\(value)” untuk --scale tidak dikenal: pilih city atau national.",
            en: "Unknown scale “\(value)” for --scale: choose city or national.")
    }

    static func badStatus(_ value: String) -> Localized {
        let list = ProposalStatus.allCases.map(\.rawValue).joined(separator: ", ")
        return Localized(
            id: "Status “\(value)” untuk --status tidak dikenal: pilih dari \(list).",
            en: "Unknown status “\(value)” for --status: choose from \(list).")
    }

    static func badRole(_ value: String) -> Localized {
        let list = Role.allCases.map(\.rawValue).joined(separator: ", ")
        return Localized(
            id: "Peran “\(value)” tidak dikenal: pilih dari \(list).",
            en: "Unknown role “\(value)”: choose from \(list).")
    }

    static func badCount(_ value: Int, option: String, range: ClosedRange<Int>) -> Localized {
        Localized(
            id: "Nilai \(value) untuk \(option) di luar batas: harus \(range.lowerBound) sampai \(range.upperBound).",
            en: "Value \(value) for \(option) is out of range: must be \(range.lowerBound) to \(range.upperBound).")
    }

    static func badUserName(_ value: String) -> Localized {
        Localized(
            id: "Nama pengguna “\(value)” tidak sah: pakai nama login Unix (huruf kecil, angka, _ . -).",
            en: "Invalid user name “\(value)”: use a Unix login name (lower-case letters, digits, _ . -).")
    }

    /// `users add --external` with another role than reviewer, or with an OPD.
    static let externalReviewerOnly = Localized(
        id: "--external hanya untuk peran reviewer tanpa --opd: anggota eksternal tim independen tidak bekerja di OPD.",
        en: "--external is only for the reviewer role without --opd: an external member of the tim independen "
            + "works at no agency.")

    static func unknownOPD(_ code: String, path: String) -> Localized {
        Localized(
            id: "Kode OPD “\(code)” tidak ada di \(path). Kode OPD tampil di `inovasi report`.",
            en: "No agency with code “\(code)” in \(path). Agency codes are listed by `inovasi report`.")
    }

    static func unexpected(_ detail: String) -> Localized {
        Localized(id: "Kesalahan tak terduga: \(detail)", en: "Unexpected error: \(detail)")
    }
}
