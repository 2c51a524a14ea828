import InovasiCore

/// Messages about the store's companion files and version marks, in both languages.
enum StoreFileText {
    static func storeSchemaMismatch(_ path: String, header: Int, meta: String, supported: Int) -> Localized {
        let shown = meta.isEmpty ? "—" : meta
        return Localized(
            id: "Dua tanda versi skema \(path) tidak sama (kepala berkas: \(header), tabel meta: \(shown)). "
                + "Berkas tidak diubah. Bila salah satunya lebih dari \(supported), berkas mungkin dari versi "
                + "inovasi yang lebih baru: perbarui program; bila tidak, pulihkan cadangan (`inovasi restore`).",
            en: "The two schema version marks of \(path) disagree (file header: \(header), meta table: \(shown)). "
                + "The file was left unchanged. If either is above \(supported), the file may come from a newer "
                + "inovasi: update the program; otherwise restore a backup (`inovasi restore`).")
    }

    static func storeStaleLog(_ path: String, log: String) -> Localized {
        Localized(
            id: "\(log) berisi perubahan yang belum masuk ke \(path), dan tidak ada program inovasi yang "
                + "membukanya; kedua berkas tidak diubah. Bila \(path) telah diganti (misalnya cadangan disalin "
                + "ke atasnya), log itu milik berkas lama: pindahkan \(log) dan \(path)-shm ke tempat lain. Bila "
                + "tidak diganti, log itu berisi perubahan terakhir program yang berhenti mendadak: gabungkan "
                + "dengan `inovasi check --merge-wal --data \(path)`.",
            en: "\(log) holds changes not yet in \(path), and no inovasi program has it open; neither file was "
                + "changed. If \(path) was replaced (for example a backup copied over it), the log belongs to the "
                + "old file: move \(log) and \(path)-shm elsewhere. If it was not replaced, the log holds the last "
                + "changes of a program that stopped abruptly: merge it with "
                + "`inovasi check --merge-wal --data \(path)`.")
    }

    static func storeDamaged(_ path: String, _ detail: String) -> Localized {
        Localized(
            id: "\(path) rusak: \(detail). Jalankan `inovasi check --data \(path)`; bila perlu, pulihkan cadangan "
                + "(`inovasi restore`).",
            en: "\(path) is damaged: \(detail). Run `inovasi check --data \(path)`; if needed, restore a backup "
                + "(`inovasi restore`).")
    }

    static func storeInUse(_ path: String) -> Localized {
        Localized(
            id: "\(path) sedang dibuka untuk menulis oleh program lain (dasbor atau perintah); tidak ada yang "
                + "diubah. Tutup program itu lalu coba lagi.",
            en: "\(path) is open for writing in another program (a dashboard or a command); nothing was changed. "
                + "Close that program and try again.")
    }
}

extension FileProblem {
    /// What the problem means, in both languages.
    var text: Localized {
        switch self {
        case .notRegularFile: Localized(id: "bukan berkas biasa", en: "not a regular file")
        case .empty: Localized(id: "berkas kosong", en: "the file is empty")
        case .notSQLite: Localized(id: "bukan basis data SQLite", en: "not an SQLite database")
        case .truncated: Localized(id: "berkas terpotong", en: "the file is truncated")
        case .foreignApplication:
            Localized(id: "basis data SQLite milik program lain", en: "an SQLite database of another program")
        case .missingMeta: Localized(id: "tanda berkas inovasi tidak ada", en: "the inovasi marker is missing")
        case .olderSchemaReadOnly:
            Localized(
                id: "skema lama yang harus diperbarui, tetapi berkas dibuka hanya-baca; buka sekali dengan hak tulis",
                en: "an older schema that needs an upgrade, but the file is open read-only; open it once read-write")
        case .damaged: Localized(id: "berkas rusak", en: "the file is damaged")
        }
    }
}

extension SharedFileProblem {
    /// What went wrong and the command that fixes it, in both languages.
    var text: Localized {
        switch self {
        case .companionNotWritable(let path, let mode, let owner):
            let octal = String(mode, radix: 8)
            return Localized(
                id: "Berkas pendamping SQLite \(path) (mode \(octal), milik \(owner)) tidak bisa Anda tulis, "
                    + "padahal berkas data bisa; setiap perubahan akan ditolak. Tidak ada yang diubah. Perbaikan: "
                    + "`chmod 660 \(path)` oleh pemiliknya atau root, atau hapus berkas itu saat tidak ada program "
                    + "yang membuka penyimpanan.",
                en: "SQLite's companion file \(path) (mode \(octal), owner \(owner)) is not writable for you, "
                    + "although the data file is; every change would be refused. Nothing was changed. Fix: "
                    + "`chmod 660 \(path)` by its owner or root, or delete that file while no program has the "
                    + "store open.")
        case .folderNotWritable(let folder, let store):
            return Localized(
                id: "Folder \(folder) tidak bisa Anda tulisi, padahal SQLite harus membuat berkas \(store)-shm di "
                    + "sana, bahkan untuk membaca. Tidak ada yang diubah. Perbaikan: beri grup Anda hak tulis pada "
                    + "folder (`chgrp inovasi \(folder) && chmod 2770 \(folder)`), atau salin berkas data ke folder "
                    + "yang bisa ditulisi.",
                en: "You cannot create files in the folder \(folder), but SQLite must create \(store)-shm there, "
                    + "even to read. Nothing was changed. Fix: give your group write permission on the folder "
                    + "(`chgrp inovasi \(folder) && chmod 2770 \(folder)`), or copy the data file to a folder you "
                    + "can write.")
        }
    }
}
