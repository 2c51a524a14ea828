import InovasiCore

/// Messages about the store's companion files and version marks, in both languages.
extension Localized {
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
