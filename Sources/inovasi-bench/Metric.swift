import InovasiCore

/// Every figure the benchmark measures, with its unit and its budget from DESIGN §11.
///
/// The budget applies at every scale (it is set for 100 000 proposals, so smaller stores must meet
/// it too) and is judged on the p99 of the samples: one slow key press in a hundred is still felt.
enum Metric: String, CaseIterable, Encodable, Sendable {
    case storeOpen
    case firstFrame
    case queueCursorDown
    case queuePageDown
    case paneSwitch
    case proposalOpened
    case queueFiltered
    case monthMoved
    case tableSorted
    case keyWhileLocked
    case decision
    case queueDecision
    case markHundred
    case assignHundred
    case reportTable
    case reportCSV
    case reportJSON
    case reportMarkdown
    case firstFrameBytes
    case cursorBytesTable
    case cursorBytesQueue
    case peakMemory

    /// The unit of the figure's values.
    var unit: MetricUnit {
        switch self {
        case .firstFrameBytes, .cursorBytesTable, .cursorBytesQueue: .bytes
        case .peakMemory: .megabytes
        default: .milliseconds
        }
    }

    /// The most the figure may reach, in its unit; nil for a figure shown for information only.
    var budget: Double? {
        switch self {
        case .firstFrame: 100
        case .queueCursorDown, .queuePageDown, .paneSwitch, .proposalOpened, .queueFiltered, .monthMoved,
            .tableSorted, .keyWhileLocked:
            5
        case .decision, .queueDecision: 20
        case .markHundred: 5
        case .cursorBytesTable, .cursorBytesQueue: 500
        case .peakMemory: 100
        case .assignHundred, .storeOpen, .reportTable, .reportCSV, .reportJSON, .reportMarkdown, .firstFrameBytes: nil
        }
    }

    /// What the figure is, as the report names it.
    var label: Localized {
        switch self {
        case .storeOpen: Localized(id: "buka penyimpanan", en: "store open")
        case .firstFrame: Localized(id: "buka + bingkai pertama 160×48", en: "open + first frame 160×48")
        case .queueCursorDown: Localized(id: "tombol: baris turun di antrean", en: "key: cursor down in the queue")
        case .queuePageDown: Localized(id: "tombol: halaman turun di antrean", en: "key: page down in the queue")
        case .paneSwitch: Localized(id: "tombol: pindah panel", en: "key: pane switch")
        case .proposalOpened: Localized(id: "tombol: buka rincian usulan", en: "key: open a proposal detail")
        case .queueFiltered: Localized(id: "tombol: saring antrean per huruf", en: "key: filter the queue, per letter")
        case .monthMoved: Localized(id: "tombol: kalender satu bulan", en: "key: calendar one month on")
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
        case .peakMemory: Localized(id: "memori puncak dasbor (RSS)", en: "dashboard peak memory (RSS)")
        }
    }
}

/// The unit a figure is measured in.
enum MetricUnit: String, Encodable, Sendable {
    case milliseconds = "ms"
    case bytes = "B"
    case megabytes = "MB"
}
