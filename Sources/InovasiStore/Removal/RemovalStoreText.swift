import InovasiCore

/// The store's messages about removing and restoring records (soft delete).
enum RemovalStoreText {
    /// The record as a sentence names it: "usulan #12", "the innovation #4", "OPD #3".
    static func record(_ entity: String, _ id: Int64) -> Localized {
        switch entity {
        case RemovedKind.agency.rawValue: Localized(id: "OPD #\(id)", en: "agency #\(id)")
        case RemovedKind.innovation.rawValue: Localized(id: "inovasi #\(id)", en: "innovation #\(id)")
        case RemovedKind.proposal.rawValue: Localized(id: "usulan #\(id)", en: "proposal #\(id)")
        default: Localized(verbatim: "\(entity) #\(id)")
        }
    }

    /// The command word of a kind, as `inovasi restore` takes it.
    static func word(_ entity: String) -> String {
        entity == RemovedKind.agency.rawValue ? "opd" : entity
    }

    static func removed(entity: String, id: Int64) -> Localized {
        let word = word(entity)
        return Localized(composing: { language in
            removedSentence(record(entity, id).text(language), word: word, id: id).text(language)
        })
    }

    private static func removedSentence(_ record: String, word: String, id: Int64) -> Localized {
        Localized(
            id: "Data \(record) sudah dihapus; pulihkan dulu dengan “inovasi restore \(word) \(id)”.",
            en: "Record \(record) has been removed; restore it first with “inovasi restore \(word) \(id)”.")
    }

    static func notRemoved(entity: String, id: Int64) -> Localized {
        Localized(composing: { language in notRemovedSentence(record(entity, id).text(language)).text(language) })
    }

    private static func notRemovedSentence(_ record: String) -> Localized {
        Localized(
            id: "Data \(record) tidak dihapus, jadi tidak ada yang dipulihkan.",
            en: "Record \(record) is not removed, so there is nothing to restore.")
    }

    static func agencyInUse(agency: String, innovations: Int, proposals: Int, villages: Int, users: Int) -> Localized {
        Localized(
            id: "OPD \(agency) tidak dapat dihapus: masih ada \(innovations) inovasi, \(proposals) usulan, "
                + "\(villages) kelurahan dan \(users) pengguna yang terkait. Hapus atau pindahkan dulu, "
                + "atau nonaktifkan OPD ini (inovasi opd deactivate), yang menyimpan semuanya.",
            en: "The agency \(agency) cannot be removed: \(innovations) innovations, \(proposals) proposals, "
                + "\(villages) kelurahan and \(users) users still belong to it. Remove or move them first, "
                + "or deactivate the agency (inovasi opd deactivate), which keeps them all.")
    }

    /// What a removal action is, as "may not …" says it; nil for an action of another feature.
    static func permission(_ action: String) -> Localized? {
        for kind in RemovedKind.allCases {
            if action == RemovalAction.remove(kind) { return Localized(id: "menghapus data", en: "remove records") }
            if action == RemovalAction.restore(kind) {
                return Localized(id: "memulihkan data yang dihapus", en: "restore removed records")
            }
        }
        return nil
    }
}
