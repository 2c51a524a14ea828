import Foundation

/// What the operating system said, in our own words and both languages.
///
/// `strerror` and Foundation's error descriptions are English only ("Permission denied",
/// "NSCocoaErrorDomain error 256"), so an Indonesian message quoting them would switch language
/// halfway; these give the same facts in the reader's language.
public enum SystemText {
    /// The meaning of an `errno` value; an unlisted one is named by its number.
    public static func errno(_ code: Int32) -> Localized {
        switch code {
        case ENOENT: Localized(id: "berkas atau folder tidak ada", en: "no such file or folder")
        case EACCES, EPERM: Localized(id: "izin ditolak", en: "permission denied")
        case EISDIR: Localized(id: "ini sebuah folder", en: "it is a folder")
        case ENOTDIR: Localized(id: "salah satu bagian jalurnya bukan folder", en: "a part of the path is not a folder")
        case ELOOP: Localized(id: "tautan simbolik berputar", en: "symbolic links loop")
        case ENAMETOOLONG: Localized(id: "nama jalurnya terlalu panjang", en: "the path name is too long")
        case EIO: Localized(id: "kesalahan baca/tulis perangkat", en: "device input/output error")
        case ENOSPC: Localized(id: "disk penuh", en: "the disk is full")
        case EROFS: Localized(id: "sistem berkasnya hanya-baca", en: "the file system is read-only")
        case EMFILE, ENFILE: Localized(id: "terlalu banyak berkas terbuka", en: "too many open files")
        case ENOMEM: Localized(id: "memori tidak cukup", en: "not enough memory")
        case EBUSY: Localized(id: "perangkat atau berkas sedang dipakai", en: "device or file busy")
        case ENXIO, ENODEV: Localized(id: "perangkatnya tidak ada", en: "no such device")
        default: Localized(id: "kesalahan sistem nomor \(code)", en: "system error number \(code)")
        }
    }

    /// What a file that is not a regular file is, from the `st_mode` of `stat`.
    public static func fileKind(mode: mode_t) -> Localized {
        switch mode & S_IFMT {
        case S_IFDIR: Localized(id: "sebuah folder", en: "a folder")
        case S_IFIFO: Localized(id: "sebuah pipa bernama (FIFO)", en: "a named pipe (FIFO)")
        case S_IFCHR: Localized(id: "sebuah perangkat karakter", en: "a character device")
        case S_IFBLK: Localized(id: "sebuah perangkat blok", en: "a block device")
        case S_IFSOCK: Localized(id: "sebuah soket", en: "a socket")
        case S_IFLNK: Localized(id: "sebuah tautan simbolik", en: "a symbolic link")
        case S_IFREG: Localized(id: "berkas biasa", en: "a regular file")
        default: Localized(id: "berkas jenis tak dikenal", en: "a file of an unknown kind")
        }
    }
}
