import InovasiCore

/// The messages of reading an export back into a store.
enum ExportStoreText {
    static func message(_ problem: ExportFileProblem) -> Localized {
        switch problem {
        case .malformed(let path, let reason):
            Localized(id: "\(path) bukan JSON yang sah: \(reason)", en: "\(path) is not valid JSON: \(reason)")
        case .notAnExport(let path):
            Localized(
                id: "\(path) bukan hasil `inovasi export` (kunci \"format\" tidak ada)",
                en: "\(path) is not made by `inovasi export` (no \"format\" key)")
        case .otherVersion(let path, let found, let wanted):
            Localized(
                id: "\(path) berasal dari skema versi \(found); data ini versi \(wanted)",
                en: "\(path) comes from schema version \(found); this store is version \(wanted)")
        case .unknownTable(let path, let table):
            Localized(id: "\(path): tabel \"\(table)\" tidak dikenal", en: "\(path): unknown table \"\(table)\"")
        case .badRow(let path, let table, let item):
            Localized(
                id: "\(path): tabel \(table), entri \(item) bukan objek JSON",
                en: "\(path): table \(table), item \(item) is not a JSON object")
        case .badColumn(let path, let table, let item, let column):
            Localized(
                id: "\(path): tabel \(table), entri \(item): kolom \"\(column)\" tidak cocok dengan skema",
                en: "\(path): table \(table), item \(item): column \"\(column)\" does not match the schema")
        case .badValue(let path, let table, let item, let column):
            Localized(
                id: "\(path): tabel \(table), entri \(item), kolom \(column): bukan teks, angka atau null",
                en: "\(path): table \(table), item \(item), column \(column): not text, a number or null")
        case .storeNotEmpty(let tables):
            notEmpty(tables.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
    }

    static func notEmpty(_ list: String) -> Localized {
        Localized(
            id: "data sudah berisi (\(list)); impor seluruh data hanya ke data baru dari `inovasi init`",
            en: "the store already holds data (\(list)); import a whole store only into a new one made by "
                + "`inovasi init`")
    }
}
