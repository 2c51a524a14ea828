import InovasiCore
import InovasiStore

/// The texts of `inovasi remove` and of `inovasi restore KIND ID`.
enum RemovalText {
    static let removeCommand = Localized(
        id: "Menghapus OPD, inovasi atau usulan (dapat dipulihkan), dengan catatan; --list menampilkan yang dihapus.",
        en: "Remove an agency, innovation or proposal (restorable), with a note; --list shows the removed ones.")
    static let kindHelp = Localized(
        id: "Jenis data: opd, innovation (inovasi) atau proposal (usulan).",
        en: "Kind of record: opd, innovation or proposal.")
    static let idHelp = Localized(
        id: "Nomor inovasi atau usulan, atau kode/nama OPD.",
        en: "The innovation's or proposal's number, or the OPD's code or name.")
    static let noteHelp = Localized(id: "Alasan penghapusan (wajib).", en: "Why it is removed (required).")
    static let listHelp = Localized(
        id: "Tampilkan data yang dihapus (semua, atau satu jenis).", en: "List the removed records (all, or one kind).")
    static let restoreNoteHelp = Localized(
        id: "Catatan pemulihan data (inovasi restore KIND ID).",
        en: "A note on restoring a record (inovasi restore KIND ID).")
    static let restoreDiscussion = Localized(
        id: "Dengan dua argumen, “inovasi restore opd|innovation|proposal ID [--note TEKS]” memulihkan data "
            + "yang dihapus dengan “inovasi remove” (hanya admin), bukan cadangan.",
        en: "With two arguments, “inovasi restore opd|innovation|proposal ID [--note TEXT]” restores a record "
            + "removed with “inovasi remove” (admins only) instead of a backup.")

    static func badKind(_ text: String) -> Localized {
        Localized(
            id: "Jenis data “\(text)” tidak dikenal; pilih opd, innovation atau proposal.",
            en: "Unknown kind of record “\(text)”; choose opd, innovation or proposal.")
    }

    static let kindAndIDNeeded = Localized(
        id: "Sebutkan jenis dan nomornya: inovasi remove opd|innovation|proposal ID --note TEKS (atau --list).",
        en: "Name the kind and the number: inovasi remove opd|innovation|proposal ID --note TEXT (or --list).")
    static let noteNeeded = Localized(
        id: "Penghapusan memerlukan catatan: --note TEKS.", en: "A removal needs a note: --note TEXT.")
    static let listTakesNoID = Localized(
        id: "--list tidak memakai nomor dan --note; sebutkan paling banyak jenisnya.",
        en: "--list takes no number and no --note; name at most the kind.")
    static let noteOnlyForRecords = Localized(
        id: "--note hanya untuk memulihkan data: inovasi restore opd|innovation|proposal ID --note TEKS.",
        en: "--note is only for restoring a record: inovasi restore opd|innovation|proposal ID --note TEXT.")

    static func badNumber(_ text: String) -> Localized {
        Localized(
            id: "Nomor “\(text)” tidak sah; tulis bilangan bulat positif.",
            en: "The number “\(text)” is not valid; write a positive whole number.")
    }

    static func unknownRecord(_ kind: String, _ id: String, path: String) -> Localized {
        Localized(
            id: "Tidak ada \(kind) nomor \(id) di \(path).", en: "There is no \(kind) number \(id) in \(path).")
    }

    static func removed(_ record: String, _ name: String) -> Localized {
        Localized(id: "Dihapus: \(record) \(name).", en: "Removed: \(record) \(name).")
    }

    static func restored(_ record: String, _ name: String) -> Localized {
        Localized(id: "Dipulihkan: \(record) \(name).", en: "Restored: \(record) \(name).")
    }

    static let idHeading = Localized(id: "Nomor", en: "Number")
    static let nameHeading = Localized(id: "Nama", en: "Name")
    static func shownRemoved(_ kind: String, _ id: Int64) -> Localized {
        Localized(
            id: "Catatan: data ini sudah dihapus; pulihkan dengan “inovasi restore \(kind) \(id)”.",
            en: "Note: this record has been removed; restore it with “inovasi restore \(kind) \(id)”.")
    }

    static let removedAtHeading = Localized(id: "Dihapus", en: "Removed")
    static let none = Localized(id: "Tidak ada data yang dihapus.", en: "No removed records.")

    /// A kind's name in a table.
    static func label(_ kind: RemovedKind) -> Localized {
        switch kind {
        case .agency: Localized(id: "OPD", en: "agency")
        case .innovation: Localized(id: "inovasi", en: "innovation")
        case .proposal: Localized(id: "usulan", en: "proposal")
        }
    }
}
