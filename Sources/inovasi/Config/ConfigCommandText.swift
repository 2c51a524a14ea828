import InovasiCore

/// The words of `inovasi config` and its subcommands.
enum ConfigCommandText {
    static let command = Localized(
        id: "Memeriksa dan menjelaskan berkas konfigurasi (config.yaml).",
        en: "Check and explain the config file (config.yaml).")
    static let checkCommand = Localized(
        id: "Memeriksa berkas konfigurasi: setiap masalah dengan baris dan kuncinya (keluar 1 bila ada).",
        en: "Check a config file: every problem with its line and key (exit 1 when there is one).")
    static let checkFile = Localized(
        id: "Berkas yang diperiksa (bawaan: --config, atau tempat yang biasa).",
        en: "The file to check (default: --config, or the usual place).")
    static let exampleCommand = Localized(
        id: "Mencetak contoh konfigurasi lengkap dengan nilai bawaan dan penjelasan.",
        en: "Print a complete example config with the defaults, explained.")
    static let pathCommand = Localized(
        id: "Mencetak di mana berkas konfigurasi dicari dan apakah ada.",
        en: "Print where the config file is looked for and whether it exists.")
    static let keysCommand = Localized(
        id: "Mencetak seluruh peta tombol dasbor: konteks, aksi, tombol, keterangan.",
        en: "Print the dashboard's whole key map: context, action, keys, what it does.")

    /// `config check` on a good file.
    static func clean(_ file: String) -> Localized {
        Localized(id: "baik: \(file)", en: "OK: \(file)")
    }

    /// `config check` with no file at the usual place.
    static func absent(_ file: String) -> Localized {
        Localized(
            id: "baik: tidak ada berkas \(file), nilai bawaan berlaku",
            en: "OK: no file at \(file), the defaults apply")
    }

    /// How many problems `config check` found.
    static func problemCount(_ count: Int) -> Localized {
        Localized(id: "\(count) masalah ditemukan", en: "\(count) problem(s) found")
    }

    /// A config problem with its line first, for the dashboard's status line.
    static func atLine(_ line: Int, _ message: Localized) -> Localized {
        Localized(id: "baris \(line): \(message.id)", en: "line \(line): \(message.en)")
    }

    /// `config path`: the file, and which rule chose it.
    static func path(_ file: String) -> Localized {
        Localized(id: "Berkas konfigurasi: \(file)", en: "Config file: \(file)")
    }

    /// The rules, in order; `chosen` marks the one in force.
    static let lookOrder = Localized(
        id:
            "Urutan pencarian: opsi --config, lalu $XDG_CONFIG_HOME/inovasi/config.yaml, lalu ~/.config/inovasi/config.yaml",
        en:
            "Looked for in order: the --config option, then $XDG_CONFIG_HOME/inovasi/config.yaml, then ~/.config/inovasi/config.yaml"
    )
    static let fromOption = Localized(id: "Dipilih oleh: opsi --config", en: "Chosen by: the --config option")
    static let fromXDG = Localized(id: "Dipilih oleh: $XDG_CONFIG_HOME", en: "Chosen by: $XDG_CONFIG_HOME")
    static let fromHome = Localized(
        id: "Dipilih oleh: ~/.config ($XDG_CONFIG_HOME tidak diisi)",
        en: "Chosen by: ~/.config ($XDG_CONFIG_HOME not set)")
    static let exists = Localized(id: "Ada: ya", en: "Exists: yes")
    static let missing = Localized(id: "Ada: tidak (nilai bawaan berlaku)", en: "Exists: no (the defaults apply)")
}
