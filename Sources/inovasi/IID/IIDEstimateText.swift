import InovasiCore

/// The words of `inovasi iid` (the estimate) that only the command line says.
enum IIDEstimateText {
    static let command = Localized(
        id: "Perkiraan IID dari bukti yang tercatat: yang kurang dan langkah yang paling menaikkan indeks.",
        en: "The estimated IID from the evidence recorded: what is missing and the actions that raise it most.")
    static let formatOption = Localized(
        id: "Format keluaran (markdown: laporan singkat untuk Wali Kota).",
        en: "Output format (markdown: the briefing for the Wali Kota).")
    static let opdOption = Localized(
        id: "Hanya inovasi dan langkah OPD ini (kode).", en: "Only this OPD's innovations and actions (code).")
    static let topOption = Localized(
        id: "Jumlah langkah yang ditampilkan (bawaan 10).", en: "How many actions to show (default 10).")
    static func badTop(_ value: Int) -> Localized {
        Localized(id: "--top harus 1 sampai 10000, bukan \(value).", en: "--top must be 1 to 10000, not \(value).")
    }
    static func unknownAgency(_ code: String) -> Localized {
        Localized(id: "Tidak ada OPD dengan kode \(code).", en: "No OPD has the code \(code).")
    }
    static func incomplete(year: Int, missing: [String]) -> Localized {
        let list = missing.joined(separator: ", ")
        return Localized(
            id: "Aturan IID \(year) belum lengkap untuk perkiraan; bagian yang belum ada: \(list).",
            en: "The IID rules of \(year) are not complete enough to estimate; sections not given: \(list).")
    }
}
