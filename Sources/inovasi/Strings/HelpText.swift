import InovasiCore

/// Texts of `--help`: command summaries and option descriptions, in both languages.
///
/// `--help` is printed before any command runs, so these follow ``ProcessLanguage/current``.
enum HelpText {
    static let root = Localized(
        id: "Dasbor inovasi daerah di terminal: kemajuan OPD, antrean penilaian, jadwal pendampingan.",
        en: "Regional-innovation dashboard in the terminal: agency progress, review queue, mentoring.")
    static let rootDiscussion = Localized(
        id: """
            Tanpa subperintah, `inovasi` membuka dasbor. Bila belum ada penyimpanan di lokasi bawaan \
            (dan --data tidak diberikan), dasbor memakai penyimpanan demo berisi data Kota Cilegon.

            Status keluar: 0 berhasil, 1 masukan salah atau ditolak, 2 masalah penyimpanan.
            """,
        en: """
            Without a subcommand, `inovasi` opens the dashboard. When no store exists at the default \
            location (and --data is not given), the dashboard uses a demo store with Kota Cilegon's data.

            Exit status: 0 success, 1 bad input or refused, 2 store problem.
            """)
    static let data = Localized(
        id: "Berkas penyimpanan SQLite (bawaan: $XDG_DATA_HOME/inovasi/inovasi.sqlite).",
        en: "SQLite store file (default: $XDG_DATA_HOME/inovasi/inovasi.sqlite).")
    static let lang = Localized(
        id: "Bahasa keluaran: id (Bahasa Indonesia, bawaan) atau en.",
        en: "Output language: id (Bahasa Indonesia, default) or en.")
    static let config = Localized(
        id: "Berkas konfigurasi YAML (bawaan: $XDG_CONFIG_HOME/inovasi/config.yaml).",
        en: "YAML config file (default: $XDG_CONFIG_HOME/inovasi/config.yaml).")
    static let format = Localized(
        id: "Format keluaran: table, csv, json atau markdown.", en: "Output format: table, csv, json or markdown.")
    static let initCommand = Localized(
        id: "Membuat penyimpanan kosong; kamu menjadi admin. Tidak menimpa berkas yang ada.",
        en: "Creates an empty store with you as admin. Never overwrites an existing file.")
    static let demoCommand = Localized(
        id: "Membuat penyimpanan berisi data demo (hanya ke berkas baru atau penyimpanan kosong).",
        en: "Creates a store filled with demo data (only into a new file or an empty store).")
    static let demoScale = Localized(
        id: "Skala: city (Kota Cilegon) atau national (beban besar untuk uji kinerja).",
        en: "Scale: city (Kota Cilegon) or national (a large load for performance work).")
    static let demoSeed = Localized(
        id: "Benih acak; benih yang sama memberi data yang sama.",
        en: "Random seed; the same seed gives the same data.")
    static let demoProposals = Localized(
        id: "Jumlah usulan (menggantikan bawaan skala).", en: "Number of proposals (overrides the scale's default).")
    static let reportCommand = Localized(
        id: "Laporan kemajuan per OPD: inovasi per tahapan, usulan menunggu, inovasi utama, bidang.",
        en: "Progress per agency: innovations by stage, proposals waiting, main innovation, divisions.")
    static let queueCommand = Localized(
        id: "Antrean penilaian usulan, yang paling lama menunggu lebih dahulu.",
        en: "The review queue of proposals, longest waiting first.")
    static let queueStatus = Localized(
        id: "Status yang ditampilkan, dipisah koma: submitted, inReview, revisionRequested, approved, rejected, "
            + "withdrawn (bawaan: submitted,inReview).",
        en: "Statuses to show, comma-separated: submitted, inReview, revisionRequested, approved, rejected, "
            + "withdrawn (default: submitted,inReview).")
    static let queueOPD = Localized(
        id: "Hanya usulan OPD dengan kode ini.", en: "Only proposals of the agency with this code.")
    static let queueOverdue = Localized(
        id: "Hanya usulan yang menunggu lebih lama dari batas (overdueDays).",
        en: "Only proposals waiting longer than the limit (overdueDays).")
    static let queueLimit = Localized(
        id: "Paling banyak sekian baris.", en: "At most this many rows.")
    static let sessionsCommand = Localized(
        id: "Jadwal pendampingan dalam rentang tanggal (bawaan: bulan ini), dalam zona waktu konfigurasi.",
        en: "Mentoring sessions in a date range (default: this month), in the configured time zone.")
    static let sessionsFrom = Localized(id: "Tanggal awal, TTTT-BB-HH.", en: "First day, YYYY-MM-DD.")
    static let sessionsTo = Localized(
        id: "Tanggal akhir (termasuk), TTTT-BB-HH.", en: "Last day (included), YYYY-MM-DD.")
    static let checkCommand = Localized(
        id: "Memeriksa keutuhan penyimpanan; status 2 bila ada masalah.",
        en: "Checks the store's integrity; exit status 2 on a problem.")
    static let usersCommand = Localized(
        id: "Mengelola pengguna (nama pengguna Unix) dan perannya.",
        en: "Manages users (Unix user names) and their roles.")
    static let usersAdd = Localized(id: "Menambah pengguna (khusus admin).", en: "Adds a user (admin only).")
    static let usersList = Localized(id: "Menampilkan pengguna dan perannya.", en: "Lists users and their roles.")
    static let usersSetRole = Localized(
        id: "Mengganti peran pengguna (khusus admin).", en: "Changes a user's role (admin only).")
    static let userName = Localized(id: "Nama pengguna Unix.", en: "Unix user name.")
    static let userRole = Localized(
        id: "Peran: admin, reviewer, supervisor, viewer atau operator (operator wajib --opd).",
        en: "Role: admin, reviewer, supervisor, viewer or operator (an operator needs --opd).")
    static let userOPD = Localized(
        id: "OPD tempat pengguna bekerja: kode, nama, nama singkat atau nama lain.",
        en: "The agency the user works in: its code, name, short name or alias.")
    static let userDisplayName = Localized(id: "Nama lengkap untuk tampilan.", en: "Full name to show.")
    static let userExternal = Localized(
        id: "Anggota eksternal tim independen (perguruan tinggi, pakar): penilai tanpa OPD yang boleh menilai, "
            + "tetapi tidak mengambil atau memutuskan usulan.",
        en: "An external member of the tim independen (a university, an expert): a reviewer with no agency who "
            + "may score, but never take or decide proposals.")
}

extension Localized {
    /// The text in the language of this run, for help and `validate()`.
    var current: String { text(ProcessLanguage.current) }
}

/// Help texts of `kiosk` and of the dashboard's own options.
extension HelpText {
    static let kioskCommand = Localized(
        id: "Dasbor untuk layar kios tanpa penjaga: hanya-baca, berganti tampilan sendiri, mengabaikan tombol.",
        en: "The dashboard for an unattended kiosk screen: read-only, cycling its views, ignoring keys.")
    static let kioskInterval = Localized(
        id: "Detik antar-tampilan (bawaan: kioskInterval di konfigurasi, atau 20).",
        en: "Seconds between views (default: kioskInterval in the config, else 20).")
    static let theme = Localized(
        id: "Tema dasbor: nama (default, light, high-contrast, monochrome, colorblind …) atau path berkas YAML.",
        en: "Dashboard theme: a name (default, light, high-contrast, monochrome, colorblind …) or a YAML file path.")
}
