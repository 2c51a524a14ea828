import InovasiCore

/// The store's messages in both languages; parameters are filled in by ``StoreError/message(_:in:)``.
enum StoreText {
    static func storeFileExists(_ path: String) -> Localized {
        Localized(
            id: "Berkas sudah ada: \(path). Tidak ada yang ditimpa; pilih path lain atau pindahkan berkas itu.",
            en: "A file already exists at \(path). Nothing was overwritten; choose another path or move that file.")
    }

    static func storeNotFound(_ path: String) -> Localized {
        Localized(id: "Berkas data tidak ditemukan: \(path).", en: "Data file not found: \(path).")
    }

    static func storeForeign(_ path: String, _ detail: String) -> Localized {
        Localized(
            id: "\(path) bukan berkas data inovasi yang utuh: \(detail). Berkas tidak diubah.",
            en: "\(path) is not an intact inovasi data file: \(detail). The file was left unchanged.")
    }

    static func storeNewerSchema(_ path: String, found: Int, supported: Int) -> Localized {
        Localized(
            id: "\(path) dibuat oleh versi inovasi yang lebih baru (skema \(found); versi ini memahami sampai "
                + "skema \(supported)). Berkas tidak diubah; perbarui program.",
            en: "\(path) was written by a newer version of inovasi (schema \(found); this version understands up "
                + "to schema \(supported)). The file was left unchanged; update the program.")
    }

    static func storeReadOnly(_ path: String) -> Localized {
        Localized(
            id: "\(path) dibuka hanya-baca; perubahan ditolak dan tidak ada yang ditulis.",
            en: "\(path) is open read-only; the change was refused and nothing was written.")
    }

    static func storeLocked(_ path: String) -> Localized {
        Localized(
            id: "\(path) sedang dikunci proses lain lebih lama dari batas tunggu; tidak ada yang diubah. Coba lagi.",
            en: "\(path) is locked by another process for longer than the wait limit; nothing was changed. "
                + "Try again.")
    }

    static func storePermissionDenied(user: String, role: String, action: String) -> Localized {
        Localized(
            id: "Pengguna \(user) (peran: \(role)) tidak berhak \(action).",
            en: "User \(user) (role: \(role)) may not \(action).")
    }

    static func storeUnknownUser(_ name: String) -> Localized {
        Localized(
            id: "Pengguna \(name) tidak terdaftar di berkas data ini.",
            en: "User \(name) is not registered in this data file.")
    }

    static func storeDuplicateUser(_ name: String) -> Localized {
        Localized(id: "Pengguna \(name) sudah terdaftar.", en: "User \(name) is already registered.")
    }

    static func storeSessionChanged(_ id: Int64, user: String?, time: String?) -> Localized {
        guard let user, let time else {
            return Localized(
                id: "Sesi #\(id) telah diubah orang lain sejak dibaca; tidak disimpan.",
                en: "Session #\(id) was changed by someone else since it was read; not saved.")
        }
        return Localized(
            id: "Sesi #\(id) telah diubah \(user) (\(time)) sejak dibaca; tidak disimpan.",
            en: "Session #\(id) was changed by \(user) (\(time)) since it was read; not saved.")
    }

    static func storeUnknownProposal(_ id: Int64) -> Localized {
        Localized(id: "Usulan #\(id) tidak ditemukan.", en: "Proposal #\(id) not found.")
    }

    static func storeStale(id: Int64, expected: Int64, actual: Int64, user: String, time: String, action: String)
        -> Localized
    {
        Localized(
            id: "Usulan #\(id) sudah diubah oleh \(user) pada \(time) (\(action)). Keputusan Anda dibuat atas versi "
                + "\(expected), kini versi \(actual); keputusan Anda tidak disimpan. Muat ulang lalu periksa lagi.",
            en: "Proposal #\(id) was changed by \(user) at \(time) (\(action)). Your decision was made on version "
                + "\(expected), it is now version \(actual); your decision was not saved. Reload and check again.")
    }

    /// `--expect-version` names a version the proposal never had: nobody changed it, the number is wrong.
    static func storeVersionNotReached(id: Int64, expected: Int64, actual: Int64) -> Localized {
        Localized(
            id: "Versi \(expected) untuk usulan #\(id) tidak sah: usulan itu baru sampai versi \(actual), jadi "
                + "versi yang diharapkan harus 1 sampai \(actual). Tidak ada yang disimpan.",
            en: "Version \(expected) for proposal #\(id) is not valid: the proposal has only reached version "
                + "\(actual), so the expected version must be 1 to \(actual). Nothing was saved.")
    }

    static func storeTransition(status: String, event: String) -> Localized {
        Localized(
            id: "Usulan berstatus \(status) tidak dapat \(event).",
            en: "A proposal that is \(status) cannot \(event).")
    }

    static func storeValidation(field: String, reason: String) -> Localized {
        Localized(id: "Isian \(field) \(reason).", en: "Field \(field) \(reason).")
    }

    static func storeIO(_ path: String, _ detail: String) -> Localized {
        Localized(
            id: "Gagal membaca atau menulis \(path): \(detail).", en: "Could not read or write \(path): \(detail).")
    }

    static let storeUnregistered = Localized(id: "tidak terdaftar", en: "not registered")
}
