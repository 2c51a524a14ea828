import InovasiCore

/// Why the command line does not read a config file, before the file's content is parsed.
enum ConfigFileText {
    /// Why a config file that is not UTF-8 text is not read.
    static let configNotText = Localized(
        id: "isinya bukan teks UTF-8", en: "its content is not UTF-8 text")

    /// Why a config file larger than `limit` bytes is not read.
    static func configTooLarge(_ limit: Int) -> Localized {
        Localized(
            id: "lebih besar dari \(limit / 1024) KiB, terlalu besar untuk berkas konfigurasi",
            en: "larger than \(limit / 1024) KiB, too large for a config file")
    }
}
