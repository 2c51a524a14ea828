/// Themes of economy innovations: investment, small business, trade, work, tourism, food.
enum ThemesEconomy {
    static let all: [InnovationTheme] = business + livelihood

    static let business: [InnovationTheme] = [
        InnovationTheme(
            affair: "penanaman modal", form: .publicService, agencies: ["DPMPTSP"],
            names: [
                .manual("Izin Antar ke Rumah"), .digital("PERISAI (Perizinan Serba Instan)"),
                .manual("Klinik Perizinan Keliling"),
            ],
            service: "layanan perizinan berusaha", target: "pelaku usaha mikro, kecil dan investor",
            problem: "pelaku usaha kecil kesulitan mengurus Nomor Induk Berusaha dan persyaratan perizinan melalui OSS",
            change: "petugas mendampingi pelaku usaha mengisi OSS langsung di kelurahan dan dokumen izin diantar "
                + "ke alamat pemohon",
            outcome: "jumlah usaha mikro yang memiliki legalitas",
            metric: "usaha mikro sasaran yang telah memiliki Nomor Induk Berusaha"),
        InnovationTheme(
            affair: "koperasi dan usaha kecil menengah", form: .otherAffairs, agencies: ["DISKOPUKM", "KEC", "KEL"],
            names: [.manual("Rumah Kemasan UMKM"), .digital("Katalog UMKM Digital"), .manual("Klinik Bisnis UMKM")],
            service: "layanan pendampingan usaha mikro", target: "pelaku usaha mikro dan kecil",
            problem: "produk usaha mikro sulit masuk ke toko modern karena kemasan dan label belum memenuhi standar",
            change: "pelaku usaha mendapat desain kemasan, pendampingan sertifikasi halal dan akses ke katalog "
                + "daring yang dikelola pemerintah daerah",
            outcome: "daya saing produk usaha mikro", metric: "pelaku usaha binaan yang omzetnya meningkat"),
        InnovationTheme(
            affair: "perdagangan", form: .otherAffairs, agencies: ["DISPERINDAG"],
            names: [
                .digital("Pasar Rakyat Digital"), .digital("Info Harga Pangan Harian"),
                .digital("QRIS Pasar Rakyat"),
            ],
            service: "layanan informasi harga dan transaksi di pasar rakyat",
            target: "pedagang dan pembeli di pasar rakyat",
            problem: "harga bahan pokok di pasar sering berbeda jauh dan pedagang belum mengenal pembayaran nontunai",
            change: "harga bahan pokok diperbarui setiap pagi melalui aplikasi dan pedagang difasilitasi pembayaran "
                + "dengan QRIS",
            outcome: "stabilitas harga dan transaksi nontunai di pasar",
            metric: "pedagang pasar yang menerima pembayaran nontunai"),
        InnovationTheme(
            affair: "perindustrian", form: .otherAffairs, agencies: ["DISPERINDAG"],
            names: [.manual("Inkubator Industri Kecil"), .digital("SIINDA (Sistem Informasi Industri Daerah)")],
            service: "layanan pembinaan industri kecil dan menengah", target: "pelaku industri kecil dan menengah",
            problem: "industri kecil belum terhubung dengan kebutuhan pasokan industri besar di kawasan",
            change: "pemerintah daerah mempertemukan industri kecil dengan industri besar melalui forum kemitraan "
                + "dan katalog pemasok",
            outcome: "kemitraan industri kecil dengan industri besar",
            metric: "industri kecil binaan yang menjadi pemasok industri besar"),
        InnovationTheme(
            affair: "tenaga kerja", form: .publicService, agencies: ["DISNAKER"],
            names: [
                .digital("Bursa Kerja Online"), .manual("Pelatihan Kerja Berbasis Kompetensi"),
                .manual("Job Fair Keliling"),
            ],
            service: "layanan penempatan tenaga kerja", target: "pencari kerja lulusan SMA dan SMK",
            problem: "lowongan di kawasan industri banyak diisi tenaga kerja dari luar daerah karena pencari kerja "
                + "lokal tidak mengetahui informasi lowongan dan persyaratannya",
            change: "lowongan dari perusahaan diumumkan melalui satu aplikasi bursa kerja dan pencari kerja "
                + "mendapat pelatihan sesuai kebutuhan perusahaan",
            outcome: "penyerapan tenaga kerja lokal", metric: "pencari kerja terdaftar yang tertempatkan"),
    ]

    static let livelihood: [InnovationTheme] = [
        InnovationTheme(
            affair: "pariwisata", form: .otherAffairs, agencies: ["DISPORAPAR"],
            names: [
                .manual("Kampung Wisata Pesisir"), .digital("Paket Wisata Terpadu Daring"),
                .manual("Festival Kuliner Lokal"),
            ],
            service: "layanan informasi dan promosi wisata", target: "wisatawan dan pelaku usaha wisata",
            problem: "objek wisata dan kuliner lokal kurang dikenal karena promosi masih terbatas",
            change: "pelaku usaha wisata dibina dalam kelompok sadar wisata dan paket wisata dipromosikan melalui "
                + "media sosial dan kanal pemesanan daring",
            outcome: "kunjungan wisatawan", metric: "pelaku usaha wisata binaan yang meningkat pendapatannya"),
        InnovationTheme(
            affair: "kepemudaan dan olahraga", form: .publicService, agencies: ["DISPORAPAR"],
            names: [.digital("Sewa Fasilitas Olahraga Daring"), .digital("Jadwal Terbuka GOR")],
            service: "layanan pemanfaatan fasilitas olahraga", target: "pemuda, klub olahraga dan masyarakat umum",
            problem: "jadwal pemakaian gedung dan lapangan olahraga milik daerah tidak tertata sehingga sering "
                + "bentrok",
            change: "pemakaian fasilitas olahraga dipesan melalui aplikasi dengan jadwal terbuka dan retribusi "
                + "dibayar secara nontunai",
            outcome: "tingkat pemakaian gedung dan lapangan olahraga",
            metric: "jam pemakaian fasilitas olahraga yang terjadwal"),
        InnovationTheme(
            affair: "pangan", form: .otherAffairs, agencies: ["DKP3", "KEL"],
            names: [
                .manual("Lumbung Pangan Keluarga"), .manual("Pekarangan Pangan Lestari"),
                .manual("Lumbung Pangan Kelurahan"),
            ],
            service: "layanan penguatan cadangan pangan keluarga", target: "keluarga rawan pangan",
            problem: "sebagian keluarga rawan pangan tidak memiliki cadangan beras saat harga naik",
            change: "kelompok wanita tani mengelola pekarangan dan lumbung pangan bersama sehingga keluarga "
                + "memiliki cadangan bahan pangan",
            outcome: "ketahanan pangan keluarga", metric: "keluarga rawan pangan yang memiliki cadangan pangan"),
        InnovationTheme(
            affair: "perikanan", form: .otherAffairs, agencies: ["DKP3", "KEL"],
            names: [
                .digital("Koperasi Nelayan Terhubung"), .manual("Kampung Nelayan Sejahtera"),
                .digital("Logbook Nelayan Digital"),
            ],
            service: "layanan pembinaan nelayan dan pembudidaya ikan", target: "nelayan kecil dan pembudidaya ikan",
            problem: "hasil tangkapan nelayan kecil dijual murah kepada tengkulak karena tidak ada data produksi dan "
                + "akses pasar",
            change: "nelayan mencatat hasil tangkapan dalam aplikasi dan dipertemukan dengan pembeli melalui "
                + "koperasi nelayan",
            outcome: "pendapatan nelayan kecil",
            metric: "nelayan binaan yang menjual hasil tangkapan melalui koperasi"),
        InnovationTheme(
            affair: "pertanian", form: .otherAffairs, agencies: ["DKP3"],
            names: [.manual("Klinik Hewan Keliling"), .manual("Dokter Hewan Siaga")],
            service: "layanan kesehatan hewan ternak", target: "peternak kecil",
            problem: "peternak kecil jauh dari layanan dokter hewan sehingga penyakit ternak terlambat ditangani",
            change: "dokter hewan dan paramedik veteriner mendatangi sentra peternakan secara terjadwal dan "
                + "menerima panggilan darurat melalui WhatsApp",
            outcome: "kesehatan ternak", metric: "kasus penyakit ternak yang tertangani"),
        InnovationTheme(
            affair: "pemberdayaan masyarakat dan desa", form: .otherAffairs, agencies: ["KEC", "KEL"],
            names: [
                .manual("Posyantek (Pos Pelayanan Teknologi Tepat Guna)"),
                .manual("Gelar Teknologi Tepat Guna Kecamatan"),
            ],
            service: "layanan teknologi tepat guna", target: "kelompok usaha warga",
            problem: "kelompok usaha warga masih mengolah hasil produksinya secara manual sehingga kapasitasnya kecil",
            change: "pos pelayanan teknologi tepat guna mengenalkan dan meminjamkan alat sederhana seperti mesin "
                + "pengering dan pengemas kepada kelompok usaha warga",
            outcome: "produktivitas kelompok usaha warga",
            metric: "kelompok usaha yang memanfaatkan teknologi tepat guna"),
    ]
}
