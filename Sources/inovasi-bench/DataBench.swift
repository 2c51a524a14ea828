import Foundation
import InovasiCore
import InovasiImport
import InovasiStore

/// The office's data in and out (issue 10 points 5 and 6): a 10 000-row CSV and a 10 000-row xlsx
/// of proposals imported through the command's own reading, checking and writing, and the whole
/// store exported to JSON and imported into a new store made as `init` makes one.
///
/// Each import adds 10 000 new proposals (each repetition its own titles), so every sample writes;
/// repetitions are capped at ``maxRepetitions``, as one sample writes 20 000 rows.
struct DataBench {
    /// Rows of each imported file, as the issue asks.
    static let rows = 10_000
    /// The most samples of each figure: each one takes seconds, not milliseconds.
    static let maxRepetitions = 3
    /// The most proposals whose whole store is exported to JSON and imported back: the import holds
    /// the file in memory (about 2.2 GB at 100 000 proposals), so a million would need more than the
    /// machine has; the budgets of both are set for 100 000.
    static let wholeStoreLimit = 100_000

    let user: String
    let now: Date
    let repetitions: Int
    let zone = Settings.standard.timeZone
    let scratch: URL
    /// Whether the whole-store JSON export and import are measured (``wholeStoreLimit``).
    var wholeStore = true

    var count: Int { min(repetitions, Self.maxRepetitions) }

    func run(store: Store) throws -> [(Metric, Samples)] {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let (export, imported) = wholeStore ? try json(store: store) : (Samples(), Samples())
        let agencies = try store.agencies().filter(\.isActive)
        var csv = Samples()
        var xlsx = Samples()
        for round in 0..<count {
            let file = try writeCSV(agencies, round: round)
            csv.add(try Stopwatch.milliseconds { try importProposals(file, store: store) })
            let book = try writeXLSX(agencies, round: round)
            xlsx.add(try Stopwatch.milliseconds { try importProposals(book, store: store) })
        }
        let figures = [(Metric.importCSV, csv), (.importXLSX, xlsx)]
        return wholeStore ? figures + [(.exportJSON, export), (.importJSON, imported)] : figures
    }

    /// What `inovasi import proposals FILE` does: read, check every row, write in one transaction.
    func importProposals(_ url: URL, store: Store) throws {
        let table = try TableReader.read(path: url.path)
        let proposals = try ProposalImportRows.rows(
            table, lookup: try store.agencyLookup(), divisions: try store.divisions(), zone: zone)
        let plan = try store.importProposals(proposals, zone: zone, source: url.path, by: user, now: now)
        guard plan.added.count == Self.rows else { throw BenchFailure.importShort(plan.added.count) }
    }

    /// `inovasi export FILE.json`, then `inovasi import FILE.json` into a new store each time.
    func json(store: Store) throws -> (export: Samples, import: Samples) {
        var exported = Samples()
        var imported = Samples()
        let file = scratch.appendingPathComponent("store.json")
        for round in 0..<count {
            exported.add(
                try Stopwatch.milliseconds {
                    try StoreExportJSON.data(try store.export(.all, now: now)).write(to: file)
                })
            let target = scratch.appendingPathComponent("imported-\(round).sqlite")
            imported.add(try importStore(file, into: target))
            for suffix in ["", "-wal", "-shm", "-lock"] {
                try? FileManager.default.removeItem(atPath: target.path + suffix)
            }
        }
        return (exported, imported)
    }

    /// `inovasi import FILE.json` into a store made at `target` as `init` makes one (not timed);
    /// the store is closed when this returns.
    func importStore(_ file: URL, into target: URL) throws -> Double {
        let fresh = try Store.create(at: target.path, creator: user, now: now)
        return try Stopwatch.milliseconds {
            let data = try Data(contentsOf: file)
            let export = try StoreExportReader.read(data, path: file.path, columns: try fresh.tableColumns())
            guard try fresh.dataBeyondInit().isEmpty else { throw BenchFailure.importShort(0) }
            try fresh.importStore(export, source: file.path, by: user, now: now)
        }
    }

    /// A CSV as an OPD's spreadsheet saves it: semicolons, a BOM, short names, Indonesian dates and amounts.
    func writeCSV(_ agencies: [Agency], round: Int) throws -> URL {
        var text = "\u{FEFF}Judul;OPD;Bentuk;Jenis;Tanggal Pengajuan;Anggaran;Urusan;Tujuan\r\n"
        for index in 0..<Self.rows {
            text += CSVLine.semicolon(cells(agencies, round: round, index: index))
        }
        let url = scratch.appendingPathComponent("usulan-\(round).csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    /// The same rows in a workbook of our own writing.
    func writeXLSX(_ agencies: [Agency], round: Int) throws -> URL {
        let header = ["Judul", "OPD", "Bentuk", "Jenis", "Tanggal Pengajuan", "Anggaran", "Urusan", "Tujuan"]
        let rows = (0..<Self.rows).map { index in
            cells(agencies, round: round + Self.maxRepetitions, index: index).map(SheetCell.text)
        }
        let url = scratch.appendingPathComponent("usulan-\(round).xlsx")
        try XLSXWriter.write([WorkbookSheet(name: "usulan", header: header, rows: rows)], to: url)
        return url
    }

    func cells(_ agencies: [Agency], round: Int, index: Int) -> [String] {
        let agency = agencies[index % agencies.count]
        let forms = ["pelayanan publik", "Tata Kelola", "inovasi daerah lainnya"]
        let kinds = ["digital", "non digital", "Non-Digital"]
        return [
            "Usulan impor \(round)-\(index)", agency.shortName.isEmpty ? agency.code : agency.shortName,
            forms[index % 3], kinds[index % 3], "\(1 + index % 28)/\(1 + index % 12)/2026",
            "Rp \(NumberText.grouped(1_000 * (index % 5_000 + 1), .id))", "administrasi",
            "Tujuan usulan \(index); satu baris",
        ]
    }
}

/// One CSV record with semicolons, quoted when it must be.
enum CSVLine {
    static func semicolon(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(";") || field.contains("\"") else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ";") + "\r\n"
    }
}
