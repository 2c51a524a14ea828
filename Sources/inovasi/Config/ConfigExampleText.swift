import InovasiCore

/// The comments of `inovasi config example`, one per key.
enum ConfigExampleText {
    static let header = Localized(
        id: "Berkas konfigurasi inovasi (config.yaml). Semua nilai di bawah adalah bawaan;\n"
            + "hapus yang tidak diubah. Periksa dengan: inovasi config check",
        en: "The inovasi config file (config.yaml). Every value below is the default;\n"
            + "remove what you do not change. Check it with: inovasi config check")
    static let cityName = Localized(
        id: "Nama kota atau kabupaten di judul dasbor dan laporan. Perlu mulai ulang dasbor.",
        en: "The city's name in the dashboard's header and the reports. Needs a dashboard restart.")
    static let timeZone = Localized(
        id: "Zona waktu IANA untuk tanggal dan jam (disimpan dalam UTC). Perlu mulai ulang dasbor.",
        en: "IANA time zone for dates and times (stored in UTC). Needs a dashboard restart.")
    static let language = Localized(
        id: "Bahasa: id (Bahasa Indonesia) atau en (English); --lang menimpanya.",
        en: "Language: id (Bahasa Indonesia) or en (English); --lang overrides it.")
    static let overdueDays = Localized(
        id: "Usulan yang menunggu lebih dari sekian hari terhitung terlambat (0 sampai 3650).",
        en: "A proposal waiting longer than this many days is overdue (0 to 3650).")
    static let scoring = Localized(
        id: "Penilaian: bobot tiap kriteria (0 atau lebih), ambang rekomendasi (1 sampai 5) dan nilai\n"
            + "minimum tiap kriteria (1 sampai 5). Kriteria boleh ditulis dengan nama Indonesianya\n"
            + "(pembaharuan, manfaat, beban, kewenangan, replikasi).",
        en: "Scoring: each criterion's weight (0 or more), the recommendation threshold (1 to 5) and\n"
            + "each criterion's minimum (1 to 5). Criteria may be written by their Indonesian names\n"
            + "(pembaharuan, manfaat, beban, kewenangan, replikasi).")
    static let affairs = Localized(
        id: "Urusan pemerintahan yang ditawarkan formulir; daftar ini menggantikan yang bawaan.",
        en: "The government affairs (urusan) the forms offer; this list replaces the built-in one.")
    static let kioskInterval = Localized(
        id: "Detik antar-tampilan kios (1 sampai 86400); kiosk --interval menimpanya.",
        en: "Seconds between kiosk views (1 to 86400); kiosk --interval overrides it.")
    static let kiosk = Localized(
        id: "Kios: halaman dan urutannya (city, opd, calendar, queue); unlock: urutan tombol yang\n"
            + "mengakhiri kios (mis. \"Ctrl-X q\"; tanpa: hanya sinyal dari proses yang mengakhirinya);\n"
            + "redrawMinutes: menit antar-gambar ulang penuh (1–1440); shiftMinutes: menit antar-geser\n"
            + "satu sel melawan burn-in (0 tidak pernah, sampai 1440).",
        en: "Kiosk: the pages and their order (city, opd, calendar, queue); unlock: the keys that end\n"
            + "the kiosk (e.g. \"Ctrl-X q\"; without it only a signal from a process ends it);\n"
            + "redrawMinutes: minutes between full repaints (1–1440); shiftMinutes: minutes between\n"
            + "one-cell moves against burn-in (0 never, up to 1440).")
    static let theme = Localized(
        id: "Tema dasbor: nama (lihat README, Tema) atau jalur berkas tema; --theme menimpanya.",
        en: "The dashboard's theme: a name (see README, Themes) or a theme file's path; --theme overrides it.")
    static let keys = Localized(
        id: "Tombol dasbor: konteks → aksi → satu tombol atau daftar, mis. take: [T, Ctrl-T].\n"
            + "Nama tombol seperti di bantuan (?), huruf besar-kecil bebas kecuali huruf tunggal:\n"
            + "Ctrl-F, PgDn, F5, Shift-Tab, Space. Dua aksi pada satu tombol dalam satu konteks ditolak.\n"
            + "Di bawah: semua aksi dengan tombol bawaannya; hapus # untuk mengubahnya.\n"
            + "Daftar lengkap dengan keterangan: inovasi config keys",
        en: "Dashboard keys: context → action → one key or a list, e.g. take: [T, Ctrl-T].\n"
            + "Key names as the help (?) writes them, in any case except single letters:\n"
            + "Ctrl-F, PgDn, F5, Shift-Tab, Space. Two actions on one key in one context are refused.\n"
            + "Below: every action with its default keys; remove the # to change one.\n"
            + "The full list with what each does: inovasi config keys")
}
