import InovasiCore

/// The benchmark's messages and headings, in both languages.
enum BenchText {
    /// A text in both languages at once, `Indonesian / English`: the command's help and abstract
    /// are printed by the argument parser before `--lang` is read.
    static func bilingual(_ text: Localized) -> String {
        "\(text.id) / \(text.en)"
    }

    /// Help texts of `inovasi-bench` and `inovasi-bench run`.
    static let benchAbstract = Localized(
        id: "Mengukur anggaran kinerja inovasi", en: "Measures inovasi's performance budget.")
    static let runAbstract = Localized(
        id: "Mengukur setiap skala dan mencetak laporannya", en: "Measures each scale and prints the report.")
    static let scalesHelp = Localized(id: "Jumlah usulan per skala", en: "proposals per scale, e.g. 1000,10000,100000.")
    static let quickHelp = Localized(
        id: "Uji asap: skala 1 000, satu ulangan", en: "smoke run: the 1 000 scale, one repetition.")
    static let repetitionsHelp = Localized(id: "Ulangan per ukuran", en: "repetitions per figure.")
    static let seedHelp = Localized(id: "Benih data demo", en: "seed of the demo data.")
    static let cacheHelp = Localized(
        id: "Folder cache penyimpanan", en: "folder of the cached stores (default $TMPDIR/inovasi-bench).")
    static let freshHelp = Localized(
        id: "Buat ulang penyimpanan walau ada di cache", en: "make the stores anew even when cached.")

    static let dataOnlyHelp = Localized(
        id: "Ukur hanya impor dan ekspor data", en: "measure only the data imports and exports.")
    static let skipDataHelp = Localized(
        id: "Lewati impor dan ekspor data (menit-menit pada sejuta usulan)",
        en: "leave out the data imports and exports (minutes at a million proposals).")
    static let iidOnlyHelp = Localized(
        id: "Ukur hanya perencana IID", en: "measure only the IID planner (estimate, actions, what-if, briefing).")

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
    static let estimatingIID = Localized(
        id: "  menghitung perkiraan IID dan langkahnya…", en: "  estimating the IID and ranking its actions…")
    static let triaging = Localized(
        id: "  memutuskan dari antrean, menandai dan menugaskan 100 usulan…",
        en: "  deciding from the queue, marking and assigning 100 proposals…")
    static let sessionRunning = Localized(
        id: "  memulai dasbor dan memutar sesi berskrip di terminal semu…",
        en: "  starting the dashboard and replaying a scripted session on a pseudo-terminal…")
    static let terminalRunning = Localized(
        id: "  menghitung bita di terminal semu…", en: "  counting bytes on a pseudo-terminal…")

    static func kioskRunning(_ seconds: Int) -> Localized {
        Localized(
            id: "  kios diam \(seconds) detik di terminal semu (CPU, bita)…",
            en: "  an idle kiosk for \(seconds) seconds on a pseudo-terminal (CPU, bytes)…")
    }

    static let dataRunning = Localized(
        id: "  mengimpor CSV, xlsx dan JSON, mengekspor JSON…", en: "  importing CSV, xlsx and JSON, exporting JSON…")

    static func wholeStoreSkipped(_ limit: Int) -> Localized {
        Localized(
            id:
                "  ekspor dan impor JSON seluruh penyimpanan hanya diukur sampai \(NumberText.grouped(limit, .id)) usulan",
            en:
                "  the whole store's JSON export and import are measured up to \(NumberText.grouped(limit, .en)) proposals only"
        )
    }

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
            + "memori dalam MB.",
        en: "Budgets are judged on the p99 at every scale (✗ = missed). Times in ms, terminal output in B, "
            + "memory in MB.")

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

extension Metric {
    /// What the figure is, as the report names it.
    var label: Localized {
        switch self {
        case .storeOpen: Localized(id: "buka penyimpanan", en: "store open")
        case .firstFrame: Localized(id: "buka + bingkai pertama 160×48", en: "open + first frame 160×48")
        case .processStart:
            Localized(
                id: "dari posix_spawn ke bingkai pertama 160×48", en: "from posix_spawn to the first frame 160×48")
        case .queueCursorDown: Localized(id: "tombol: baris turun di antrean", en: "key: cursor down in the queue")
        case .queuePageDown: Localized(id: "tombol: halaman turun di antrean", en: "key: page down in the queue")
        case .paneSwitch: Localized(id: "tombol: pindah panel", en: "key: pane switch")
        case .proposalOpened: Localized(id: "tombol: buka rincian usulan", en: "key: open a proposal detail")
        case .queueFiltered: Localized(id: "tombol: saring antrean per huruf", en: "key: filter the queue, per letter")
        case .monthMoved: Localized(id: "tombol: kalender satu bulan", en: "key: calendar one month on")
        case .weekMoved: Localized(id: "tombol: tampilan minggu satu minggu", en: "key: week view one week on")
        case .tableSorted: Localized(id: "tombol: urutkan tabel OPD", en: "key: sort the OPD table")
        case .keyWhileLocked:
            Localized(
                id: "tombol: baris turun saat proses lain memegang kunci tulis",
                en: "key: cursor down while another process holds the write lock")
        case .decision:
            Localized(id: "keputusan disimpan (setujui + catatan)", en: "decision committed (approve + note)")
        case .queueDecision:
            Localized(id: "keputusan dari antrean (Enter terakhir)", en: "decision from the queue (last Enter)")
        case .markHundred: Localized(id: "tombol: tandai 100 usulan (v)", en: "key: mark 100 proposals (v)")
        case .assignHundred: Localized(id: "tugaskan 100 usulan bertanda", en: "assign 100 marked proposals")
        case .reportTable: Localized(id: "report --format table", en: "report --format table")
        case .reportCSV: Localized(id: "report --format csv", en: "report --format csv")
        case .reportJSON: Localized(id: "report --format json", en: "report --format json")
        case .reportMarkdown: Localized(id: "report --format markdown", en: "report --format markdown")
        case .firstFrameBytes: Localized(id: "bita terminal: bingkai pertama", en: "terminal bytes: first frame")
        case .cursorBytesTable:
            Localized(id: "bita terminal: kursor di tabel OPD", en: "terminal bytes: cursor, OPD table")
        case .cursorBytesQueue: Localized(id: "bita terminal: kursor di antrean", en: "terminal bytes: cursor, queue")
        case .cursorBytesCalendarDay:
            Localized(id: "bita terminal: hari berikut di kalender", en: "terminal bytes: next day, calendar month")
        case .cursorBytesCalendarWeek:
            Localized(id: "bita terminal: kursor di minggu kalender", en: "terminal bytes: cursor, calendar week")
        case .cursorBytesTableNarrow:
            Localized(id: "bita terminal: kursor di tabel OPD, 80×24", en: "terminal bytes: cursor, OPD table, 80×24")
        case .cursorBytesQueueNarrow:
            Localized(id: "bita terminal: kursor di antrean, 80×24", en: "terminal bytes: cursor, queue, 80×24")
        case .cursorBytesCalendarDayNarrow:
            Localized(
                id: "bita terminal: hari berikut di kalender, 80×24",
                en: "terminal bytes: next day, calendar month, 80×24")
        case .cursorBytesCalendarWeekNarrow:
            Localized(
                id: "bita terminal: kursor di minggu kalender, 80×24",
                en: "terminal bytes: cursor, calendar week, 80×24")
        case .tickBytes: Localized(id: "bita terminal: jam maju semenit", en: "terminal bytes: clock a minute on")
        case .sessionBytes:
            Localized(id: "bita terminal: sesi singkat berskrip", en: "terminal bytes: a short scripted session")
        case .sessionLinkTime:
            Localized(id: "sesi singkat lewat 256 kbit/s", en: "the short session over 256 kbit/s")
        case .peakMemory: Localized(id: "memori puncak dasbor (RSS)", en: "dashboard peak memory (RSS)")
        case .kioskIdleCPU:
            Localized(id: "kios diam: CPU (% satu inti)", en: "idle kiosk: CPU (% of one core)")
        case .kioskBytesPerMinute:
            Localized(id: "kios diam: bita terminal per menit", en: "idle kiosk: terminal bytes per minute")
        case .importCSV:
            Localized(id: "import proposals: CSV 10.000 baris", en: "import proposals: 10,000-row CSV")
        case .importXLSX:
            Localized(id: "import proposals: xlsx 10.000 baris", en: "import proposals: 10,000-row xlsx")
        case .exportJSON: Localized(id: "export: seluruh data ke JSON", en: "export: the whole store to JSON")
        case .importJSON:
            Localized(id: "import: JSON seluruh data ke data baru", en: "import: a whole-store JSON into a new store")
        case .exportICS:
            Localized(id: "ekspor ICS: semua jadwal pendampingan", en: "ICS export: every mentoring session")
        case .importICS:
            Localized(
                id: "impor ICS: semua jadwal (rencana --dry-run)", en: "ICS import: every session (--dry-run plan)")
        case .iidRead: Localized(id: "IID: baca masukan perencana", en: "IID: read the planner's input")
        case .iidEstimate: Localized(id: "IID: perkiraan indeks", en: "IID: the estimate")
        case .iidActions: Localized(id: "IID: 10 langkah terbaik", en: "IID: the 10 best actions")
        case .iidWhatIf:
            Localized(
                id: "IID: tombol andai-andai (perkiraan + 10 langkah)", en: "IID: a what-if key (estimate + 10 actions)"
            )
        case .iidBriefing:
            Localized(
                id: "iid --format markdown (tanpa mulai proses)",
                en: "iid --format markdown (without the process start)")
        }
    }
}

extension BenchFailure {
    /// What went wrong, naming the step.
    var text: Localized {
        switch self {
        case .emptyDashboard(let path):
            Localized(
                id: "Dasbor pada \(path) kosong: tidak ada yang bisa diukur.",
                en: "The dashboard on \(path) is empty: there is nothing to measure.")
        case .keyHadNoEffect(let metric):
            Localized(
                id: "Tombol untuk \(metric) tidak mengubah dasbor; pengukurannya tidak berarti.",
                en: "The key for \(metric) did not change the dashboard; timing it would mean nothing.")
        case .loadFailed(let step, let problem):
            Localized(
                id: "Pembacaan data gagal pada langkah \(step): \(problem)",
                en: "Reading the store failed at step \(step): \(problem)")
        case .notEnoughProposals(let needed, let found):
            Localized(
                id: "Perlu \(needed) usulan berstatus Diajukan untuk mengukur keputusan, hanya ada \(found).",
                en: "Timing decisions needs \(needed) submitted proposals; there are only \(found).")
        case .emptyReport(let format):
            Localized(id: "Laporan format \(format) kosong.", en: "The \(format) report is empty.")
        case .terminal(let detail):
            Localized(
                id: "Pengukuran terminal semu gagal: \(detail)",
                en: "The pseudo-terminal measurement failed: \(detail)")
        case .noFirstFrame:
            Localized(
                id: "Dasbor di terminal semu tidak menggambar apa pun.",
                en: "The dashboard on the pseudo-terminal drew nothing.")
        case .dashboardExit(let status):
            Localized(
                id: "Dasbor di terminal semu berakhir dengan status \(status), bukan 0.",
                en: "The dashboard on the pseudo-terminal ended with status \(status), not 0.")
        case .importShort(let added):
            Localized(
                id: "Impor untuk pengukuran data hanya menambah \(added) baris.",
                en: "An import of the data figures added only \(added) rows.")
        case .calendarChanged(let expected, let unchanged):
            Localized(
                id: "Impor ulang berkas ICS data sendiri mengubah jadwal: \(unchanged) dari \(expected) tetap.",
                en: "Re-importing the store's own ICS file changed sessions: \(unchanged) of \(expected) unchanged.")
        case .badScale(let value):
            Localized(
                id: "Skala \"\(value)\" bukan bilangan bulat positif (contoh: --scales 1000,10000).",
                en: "Scale \"\(value)\" is not a positive whole number (e.g. --scales 1000,10000).")
        }
    }
}
