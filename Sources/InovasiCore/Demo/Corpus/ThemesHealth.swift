/// Themes of health and hospital innovations.
enum ThemesHealth {
    static let all: [InnovationTheme] = [
        InnovationTheme(
            affair: "kesehatan", form: .publicService, agencies: ["DINKES", "KEL", "KEC"],
            names: [
                .digital("Posyandu Digital"), .digital("SIPANDU (Sistem Informasi Posyandu Terpadu)"),
                .digital("Timbang Balita Online"),
            ],
            service: "layanan pemantauan tumbuh kembang balita", target: "ibu hamil, ibu menyusui dan balita",
            problem: "pencatatan hasil penimbangan di posyandu masih manual sehingga balita dengan gizi kurang "
                + "terlambat terdeteksi",
            change: "kader posyandu mencatat hasil penimbangan langsung di aplikasi dan puskesmas menerima "
                + "peringatan dini setiap kali berat badan balita tidak naik",
            outcome: "deteksi dini masalah gizi balita",
            metric: "balita bermasalah gizi yang tertangani dalam satu bulan"),
        InnovationTheme(
            affair: "kesehatan", form: .publicService, agencies: ["DINKES", "KEL"],
            names: [
                .manual("Jemput Bola Kesehatan Lansia"), .manual("Dokter Keluarga Keliling"),
                .manual("SEHATI Lansia (Sehat di Hari Tua)"),
            ],
            service: "layanan pemeriksaan kesehatan lansia",
            target: "lansia dan penyandang disabilitas yang sulit keluar rumah",
            problem: "banyak lansia tidak memeriksakan diri ke puskesmas karena keterbatasan fisik dan tidak ada "
                + "yang mengantar",
            change: "tenaga kesehatan puskesmas mendatangi rumah lansia secara terjadwal untuk pemeriksaan dasar "
                + "dan pemberian obat rutin",
            outcome: "keterjangkauan layanan kesehatan bagi lansia",
            metric: "lansia yang mendapat pemeriksaan kesehatan rutin"),
        InnovationTheme(
            affair: "kesehatan", form: .publicService, agencies: ["DINKES"],
            names: [
                .manual("Gerakan Temukan Obati Sampai Sembuh TBC"), .digital("SI-TBC Terpadu"),
                .manual("Pendamping Minum Obat Keluarga"),
            ],
            service: "layanan penemuan dan pengobatan tuberkulosis",
            target: "warga dengan gejala batuk lebih dari dua minggu dan keluarganya",
            problem: "banyak kasus tuberkulosis tidak ditemukan dan pasien putus berobat sebelum enam bulan",
            change: "kader melakukan skrining dari rumah ke rumah, merujuk suspek ke puskesmas dan mendampingi "
                + "pasien minum obat sampai sembuh",
            outcome: "keberhasilan pengobatan tuberkulosis",
            metric: "pasien tuberkulosis yang menyelesaikan pengobatan"),
        InnovationTheme(
            affair: "kesehatan", form: .publicService, agencies: ["DINKES", "KEC", "KEL"],
            names: [
                .manual("Satu Rumah Satu Jumantik"), .manual("Kampung Bebas Jentik"),
                .digital("SIGAP DBD (Sistem Informasi Gerak Cepat Demam Berdarah)"),
            ],
            service: "layanan pemberantasan sarang nyamuk",
            target: "warga di wilayah dengan kasus demam berdarah tinggi",
            problem: "kasus demam berdarah meningkat setiap musim hujan karena pemeriksaan jentik tidak rutin",
            change: "setiap rumah menunjuk satu juru pemantau jentik yang melaporkan hasil pemeriksaan mingguan "
                + "kepada kader kelurahan",
            outcome: "angka bebas jentik", metric: "rumah yang bebas jentik nyamuk"),
        InnovationTheme(
            affair: "kesehatan", form: .publicService, agencies: ["DINKES", "DP3AP2KB", "KEC", "KEL"],
            names: [
                .manual("Dapur Sehat Atasi Stunting"), .manual("Bapak Asuh Anak Stunting"),
                .digital("Peta Keluarga Berisiko Stunting"),
            ],
            service: "layanan pendampingan keluarga berisiko stunting",
            target: "keluarga dengan balita berisiko stunting",
            problem: "keluarga berisiko stunting belum mendapat pendampingan gizi secara rutin",
            change: "tim pendamping keluarga mengunjungi rumah setiap bulan, memberi makanan tambahan bergizi dan "
                + "memantau pertumbuhan anak",
            outcome: "status gizi balita berisiko stunting",
            metric: "balita berisiko stunting yang status gizinya membaik"),
        InnovationTheme(
            affair: "kesehatan", form: .publicService, agencies: ["RSUD"],
            names: [
                .digital("Antrean Online Rawat Jalan"), .digital("SIAP (Sistem Informasi Antrean Pasien)"),
                .digital("Jadwal Dokter Waktu Nyata"),
            ],
            service: "layanan rawat jalan", target: "pasien rawat jalan dan keluarganya",
            problem: "pasien rawat jalan harus datang sejak subuh untuk mengambil nomor antrean dan menunggu "
                + "lebih dari tiga jam",
            change: "pasien mendaftar dari rumah melalui aplikasi atau WhatsApp dan menerima perkiraan jam dilayani",
            outcome: "kecepatan pelayanan rawat jalan",
            metric: "pasien yang dilayani kurang dari satu jam sejak kedatangan"),
        InnovationTheme(
            affair: "kesehatan", form: .publicService, agencies: ["RSUD", "DINKES"],
            names: [
                .manual("Layanan Antar Obat Pasien Kronis"), .manual("Obat Sampai Rumah"),
                .digital("Resep Elektronik Terpadu"),
            ],
            service: "layanan obat rutin pasien penyakit kronis",
            target: "pasien hipertensi, diabetes dan penyakit kronis lainnya",
            problem: "pasien penyakit kronis harus kembali ke rumah sakit setiap bulan hanya untuk mengambil obat",
            change: "obat rutin disiapkan instalasi farmasi dan diantar ke rumah pasien bekerja sama dengan "
                + "puskesmas terdekat",
            outcome: "kepatuhan minum obat pasien kronis",
            metric: "pasien kronis yang menerima obat rutin tepat waktu"),
        InnovationTheme(
            affair: "pengendalian penduduk dan keluarga berencana", form: .publicService, agencies: ["DP3AP2KB"],
            names: [
                .manual("Kampung KB Berkualitas"), .manual("Pelayanan KB Pascapersalinan"),
                .manual("KB Pascasalin Terpadu"),
            ],
            service: "layanan keluarga berencana", target: "pasangan usia subur",
            problem: "banyak pasangan usia subur belum mendapat layanan keluarga berencana setelah persalinan",
            change: "bidan dan penyuluh KB memberikan konseling dan layanan kontrasepsi langsung setelah "
                + "persalinan di fasilitas kesehatan",
            outcome: "kesertaan keluarga berencana",
            metric: "ibu bersalin yang langsung menggunakan kontrasepsi"),
        InnovationTheme(
            affair: "pemberdayaan perempuan dan perlindungan anak", form: .publicService, agencies: ["DP3AP2KB"],
            names: [
                .manual("Sahabat Perempuan dan Anak"),
                .digital("SIGAP PPA (Sistem Informasi Gerak Cepat Perlindungan Perempuan dan Anak)"),
                .manual("Pos Pengaduan Ramah Anak"),
            ],
            service: "layanan pengaduan dan pendampingan korban kekerasan",
            target: "perempuan dan anak korban kekerasan",
            problem: "korban kekerasan enggan melapor karena tidak tahu tempat mengadu dan takut identitasnya "
                + "tersebar",
            change: "korban dapat melapor melalui layanan aduan rahasia dan langsung didampingi konselor, psikolog "
                + "dan pendamping hukum",
            outcome: "penanganan kasus kekerasan terhadap perempuan dan anak",
            metric: "kasus kekerasan yang ditangani sampai tuntas"),
        InnovationTheme(
            affair: "sosial", form: .publicService, agencies: ["DINSOS", "KEL"],
            names: [
                .digital("Data Terpadu Kesejahteraan Sosial Berbasis Kelurahan"),
                .manual("Musyawarah Kelurahan Verifikasi Bansos"), .digital("Pemutakhiran DTKS Bulanan"),
            ],
            service: "layanan bantuan dan jaminan sosial", target: "keluarga miskin dan rentan",
            problem: "data penerima bantuan sosial tidak mutakhir sehingga ada warga miskin yang tidak menerima "
                + "bantuan",
            change: "pemutakhiran data kesejahteraan sosial dilakukan setiap bulan oleh operator kelurahan dan "
                + "diverifikasi melalui musyawarah kelurahan",
            outcome: "ketepatan sasaran bantuan sosial",
            metric: "penerima bantuan yang sesuai dengan data terpadu"),
    ]
}
