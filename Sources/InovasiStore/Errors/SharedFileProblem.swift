import Foundation
import InovasiCore

/// Why a store shared by several Unix users cannot be opened: the files or the folder beside it
/// do not let this user do what SQLite must do even to read (create or write `-shm`).
public enum SharedFileProblem: Hashable, Sendable {
    /// The `-shm` or `-wal` file at `path` cannot be written by this user (mode `mode`, owner
    /// `owner`), though the store file can: every change would be refused.
    case companionNotWritable(path: String, mode: UInt16, owner: String)
    /// SQLite must create `-shm` beside the store, but this user may not create files in `folder`.
    case folderNotWritable(folder: String, store: String)

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
