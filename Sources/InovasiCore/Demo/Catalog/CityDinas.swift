/// The dinas of Kota Cilegon with their bidang.
enum CityDinas {
    static let all: [AgencyTemplate] = services + economy

    /// Dinas for education, health, infrastructure, people and order.
    static let services: [AgencyTemplate] = [
        AgencyTemplate(
            "DINDIKBUD", "Dinas Pendidikan dan Kebudayaan", .dinas,
            divisions: [
                "Bidang Pembinaan PAUD dan Pendidikan Nonformal", "Bidang Pembinaan Sekolah Dasar",
                "Bidang Pembinaan Sekolah Menengah Pertama", "Bidang Kebudayaan",
                "Bidang Guru dan Tenaga Kependidikan",
            ]),
        AgencyTemplate(
            "DINKES", "Dinas Kesehatan", .dinas,
            divisions: [
                "Bidang Kesehatan Masyarakat", "Bidang Pencegahan dan Pengendalian Penyakit",
                "Bidang Pelayanan Kesehatan", "Bidang Sumber Daya Kesehatan",
            ]),
        AgencyTemplate(
            "DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", .dinas,
            divisions: [
                "Bidang Bina Marga", "Bidang Sumber Daya Air", "Bidang Penataan Ruang", "Bidang Cipta Karya",
                "Bidang Bina Konstruksi",
            ]),
        AgencyTemplate(
            "DPKP", "Dinas Perumahan dan Kawasan Permukiman", .dinas,
            divisions: [
                "Bidang Perumahan", "Bidang Kawasan Permukiman", "Bidang Pertanahan",
                "Bidang Prasarana, Sarana dan Utilitas Umum",
            ]),
        AgencyTemplate(
            "DLH", "Dinas Lingkungan Hidup", .dinas,
            divisions: [
                "Bidang Tata Lingkungan", "Bidang Pengelolaan Sampah dan Limbah B3",
                "Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan",
                "Bidang Penaatan dan Peningkatan Kapasitas Lingkungan", "Bidang Pertamanan",
            ]),
        AgencyTemplate(
            "DISHUB", "Dinas Perhubungan", .dinas,
            divisions: [
                "Bidang Lalu Lintas", "Bidang Angkutan", "Bidang Pengembangan Sistem dan Keselamatan Transportasi",
                "Bidang Perparkiran",
            ]),
        AgencyTemplate(
            "DINSOS", "Dinas Sosial", .dinas,
            divisions: [
                "Bidang Perlindungan dan Jaminan Sosial", "Bidang Rehabilitasi Sosial",
                "Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin",
            ]),
        AgencyTemplate(
            "DP3AP2KB",
            "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana",
            .dinas,
            divisions: [
                "Bidang Pemberdayaan Perempuan", "Bidang Perlindungan Anak", "Bidang Pengendalian Penduduk",
                "Bidang Keluarga Berencana dan Ketahanan Keluarga",
            ]),
        AgencyTemplate(
            "DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", .dinas,
            divisions: [
                "Bidang Pelayanan Pendaftaran Penduduk", "Bidang Pelayanan Pencatatan Sipil",
                "Bidang Pengelolaan Informasi Administrasi Kependudukan",
                "Bidang Pemanfaatan Data dan Inovasi Pelayanan",
            ]),
        AgencyTemplate(
            "DAMKAR", "Dinas Pemadam Kebakaran dan Penyelamatan", .dinas,
            divisions: [
                "Bidang Pencegahan Kebakaran", "Bidang Pemadaman dan Penyelamatan",
                "Bidang Sarana dan Prasarana",
            ]),
    ]

    /// Dinas for the economy, information, youth, food and libraries.
    static let economy: [AgencyTemplate] = [
        AgencyTemplate(
            "DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", .dinas,
            divisions: [
                "Bidang Perencanaan dan Promosi Penanaman Modal", "Bidang Pelayanan Perizinan dan Nonperizinan",
                "Bidang Pengendalian Pelaksanaan Penanaman Modal", "Bidang Pengaduan, Kebijakan dan Pelaporan",
            ]),
        AgencyTemplate(
            "DISKOMINFO", "Dinas Komunikasi, Informatika, Sandi dan Statistik", .dinas,
            divisions: [
                "Bidang Informasi dan Komunikasi Publik", "Bidang Aplikasi Informatika",
                "Bidang Infrastruktur Teknologi Informasi dan Komunikasi",
                "Bidang Persandian dan Keamanan Informasi", "Bidang Statistik",
            ]),
        AgencyTemplate(
            "DISKOPUKM", "Dinas Koperasi dan Usaha Kecil Menengah", .dinas,
            divisions: [
                "Bidang Kelembagaan dan Pengawasan Koperasi", "Bidang Pemberdayaan Usaha Mikro",
                "Bidang Pengembangan Usaha Kecil dan Menengah",
            ]),
        AgencyTemplate(
            "DISPERINDAG", "Dinas Perindustrian dan Perdagangan", .dinas,
            divisions: [
                "Bidang Perindustrian", "Bidang Perdagangan", "Bidang Pengelolaan Pasar", "Bidang Metrologi Legal",
            ]),
        AgencyTemplate(
            "DISNAKER", "Dinas Tenaga Kerja", .dinas,
            divisions: [
                "Bidang Pelatihan dan Produktivitas", "Bidang Penempatan dan Perluasan Kesempatan Kerja",
                "Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja",
            ]),
        AgencyTemplate(
            "DISPORAPAR", "Dinas Pemuda, Olahraga dan Pariwisata", .dinas,
            divisions: ["Bidang Kepemudaan", "Bidang Olahraga", "Bidang Pariwisata", "Bidang Ekonomi Kreatif"]),
        AgencyTemplate(
            "DKP3", "Dinas Ketahanan Pangan, Pertanian dan Perikanan", .dinas,
            divisions: [
                "Bidang Ketahanan Pangan", "Bidang Tanaman Pangan dan Hortikultura",
                "Bidang Peternakan dan Kesehatan Hewan", "Bidang Perikanan",
            ]),
        AgencyTemplate(
            "DPAD", "Dinas Perpustakaan dan Arsip Daerah", .dinas,
            divisions: [
                "Bidang Layanan Perpustakaan", "Bidang Pengembangan Koleksi dan Pembudayaan Gemar Membaca",
                "Bidang Kearsipan",
            ]),
    ]
}
