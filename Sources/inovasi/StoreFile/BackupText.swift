import InovasiCore

/// Help texts and messages of `backup`, `restore` and `check --merge-wal`, in both languages.
extension HelpText {
    static let backupCommand = Localized(
        id: "Menyalin penyimpanan ke berkas baru dengan backup daring SQLite, aman walau program lain menulis.",
        en: "Copies the store to a new file with SQLite's online backup, safe while other programs write.")
    static let backupFile = Localized(
        id: "Berkas cadangan yang dibuat; berkas yang sudah ada tidak ditimpa.",
        en: "The backup file to create; an existing file is never overwritten.")
    static let restoreCommand = Localized(
        id: "Mengganti penyimpanan dengan cadangan; yang lama disimpan sebagai NAMA.before-restore-<waktu>.",
        en: "Replaces the store with a backup; the old one is kept as NAME.before-restore-<time>.")
    static let restoreFile = Localized(
        id: "Berkas cadangan yang dipulihkan (dibuat oleh `inovasi backup`).",
        en: "The backup file to restore (made by `inovasi backup`).")
    static let mergeWAL = Localized(
        id: "Gabungkan -wal yang tertinggal ke berkas sebelum memeriksa; hanya bila berkas tidak diganti sejak "
            + "program terakhir berhenti.",
        en: "Merge a leftover -wal into the file before checking; only when the file was not replaced since the "
            + "last program stopped.")
}

enum BackupText {
    static func backupWritten(_ store: String, to target: String) -> Localized {
        Localized(
            id: "Cadangan \(store) ditulis ke \(target) dan diperiksa: tidak ada masalah.",
            en: "Backed up \(store) to \(target) and checked it: no problems.")
    }

    static func backupDamaged(_ target: String, count: Int) -> Localized {
        Localized(
            id: "Cadangan \(target) ditulis, tetapi pemeriksaannya menemukan \(count) masalah; jangan memakainya. "
                + "Jalankan `inovasi check` pada penyimpanan.",
            en: "Wrote the backup \(target), but checking it found \(count) problem\(count == 1 ? "" : "s"); "
                + "do not rely on it. Run `inovasi check` on the store.")
    }

    static func restoreKept(_ kept: String) -> Localized {
        Localized(id: "Penyimpanan sebelumnya disimpan sebagai \(kept).", en: "The previous store was kept as \(kept).")
    }

    static func restoreDone(_ store: String, from backup: String) -> Localized {
        Localized(
            id: "\(store) dipulihkan dari \(backup) dan diperiksa: tidak ada masalah.",
            en: "Restored \(store) from \(backup) and checked it: no problems.")
    }

    static func restoreProblems(_ store: String, count: Int) -> Localized {
        Localized(
            id: "\(store) dipulihkan, tetapi pemeriksaan menemukan \(count) masalah.",
            en: "Restored \(store), but checking it found \(count) problem\(count == 1 ? "" : "s").")
    }

    static func walMerged(_ store: String) -> Localized {
        Localized(
            id: "-wal yang tertinggal digabungkan ke \(store).", en: "Merged the leftover -wal into \(store).")
    }
}
