import InovasiCore

/// The benchmark's messages and headings, in both languages.
enum BenchText {
    static func preparing(_ proposals: Int) -> Localized {
        Localized(
            id: "Menyiapkan penyimpanan \(NumberText.grouped(proposals, .id)) usulan…",
            en: "Preparing the store of \(NumberText.grouped(proposals, .en)) proposals…")
    }

    static func prepared(_ store: PreparedStore, _ language: Language) -> String {
        guard let seconds = store.generationSeconds else {
            return Localized(id: "  dari cache: \(store.path.path)", en: "  from the cache: \(store.path.path)")
                .text(language)
        }
        let time = NumberText.decimal(seconds, fractionDigits: 1, language)
        return Localized(
            id: "  dibuat dan diimpor dalam \(time) s: \(store.path.path)",
            en: "  generated and imported in \(time) s: \(store.path.path)"
        ).text(language)
    }

    static let launching = Localized(
        id: "  membuka penyimpanan dan menggambar bingkai pertama…",
        en: "  opening the store and drawing the first frame…")
    static let pressingKeys = Localized(id: "  menekan tombol…", en: "  pressing keys…")
    static let pressingLocked = Localized(
        id: "  menekan tombol selama proses lain memegang kunci tulis…",
        en: "  pressing keys while another process holds the write lock…")
    static let reporting = Localized(id: "  membuat laporan…", en: "  making reports…")
    static let deciding = Localized(id: "  menyimpan keputusan…", en: "  committing decisions…")
    static let triaging = Localized(
        id: "  memutuskan dari antrean, menandai dan menugaskan 100 usulan…",
        en: "  deciding from the queue, marking and assigning 100 proposals…")
    static let terminalRunning = Localized(
        id: "  menghitung bita di terminal semu…", en: "  counting bytes on a pseudo-terminal…")

    static let figureHeading = Localized(id: "Ukuran", en: "Figure")
    static let budgetHeading = Localized(id: "Anggaran", en: "Budget")
    static let medianHeading = Localized(id: "median", en: "median")
    static let p99Heading = Localized(id: "p99", en: "p99")
    static let metHeading = Localized(id: "Tercapai", en: "Met")

    static func title(_ machine: Machine, repetitions: Int, language: Language) -> String {
        Localized(
            id: "inovasi-bench — \(machine.cpu), \(machine.cores) inti, \(machine.swift); \(repetitions) ulangan",
            en: "inovasi-bench — \(machine.cpu), \(machine.cores) cores, \(machine.swift); \(repetitions) repetitions"
        ).text(language)
    }

    static let notes = Localized(
        id: "Anggaran dinilai pada p99 di setiap skala (✗ = meleset). Waktu dalam ms, bita keluaran terminal dalam B, "
            + "memori dalam MB. Ekspor ICS belum ada, jadi belum diukur.",
        en: "Budgets are judged on the p99 at every scale (✗ = missed). Times in ms, terminal output in B, "
            + "memory in MB. ICS export does not exist yet, so it is not measured.")

    static func summary(misses: [Figure], language: Language) -> String {
        guard !misses.isEmpty else {
            return Localized(id: "Semua anggaran tercapai.", en: "Every budget is met.").text(language)
        }
        let list = misses.map { "\($0.metric.label.text(language)) @ \(NumberText.grouped($0.scale, language))" }
            .joined(separator: "; ")
        return Localized(
            id: "\(misses.count) ukuran melewati anggaran: \(list)",
            en: "\(misses.count) figures miss their budget: \(list)"
        ).text(language)
    }
}
