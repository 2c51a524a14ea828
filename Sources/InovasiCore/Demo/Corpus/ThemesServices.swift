/// Themes of education, libraries, civil registration, infrastructure and transport innovations.
enum ThemesServices {
    static let all: [InnovationTheme] = education + registration + infrastructure

    static let education: [InnovationTheme] = [
        InnovationTheme(
            affair: "pendidikan", form: .publicService, agencies: ["DINDIKBUD"],
            names: [
                .manual("Gerakan Lima Belas Menit Membaca"), .manual("Kelas Membaca Asyik"),
                .manual("Pojok Baca Kelas"),
            ],
            service: "layanan pembinaan literasi siswa", target: "siswa sekolah dasar kelas awal",
            problem: "sebagian siswa kelas tiga belum lancar membaca dan buku bacaan di kelas sangat terbatas",
            change: "setiap kelas memiliki pojok baca dan guru menjalankan program membaca lima belas menit "
                + "sebelum pelajaran dengan pemantauan kemampuan membaca setiap bulan",
            outcome: "kemampuan literasi dasar siswa", metric: "siswa kelas tiga yang lancar membaca"),
        InnovationTheme(
            affair: "pendidikan", form: .publicService, agencies: ["DINDIKBUD", "DINSOS"],
            names: [
                .digital("SIAP SEKOLAH (Sistem Informasi Anak Putus Sekolah)"),
                .manual("Gerakan Kembali ke Sekolah"),
            ],
            service: "layanan pendataan dan pendampingan anak tidak sekolah",
            target: "anak usia sekolah yang putus sekolah atau belum pernah sekolah",
            problem: "data anak tidak sekolah tersebar di sekolah, kelurahan dan dinas sosial sehingga sulit "
                + "ditindaklanjuti",
            change: "data anak tidak sekolah dihimpun dalam satu aplikasi dan setiap anak didampingi hingga "
                + "kembali bersekolah atau mengikuti pendidikan kesetaraan",
            outcome: "angka partisipasi sekolah", metric: "anak tidak sekolah yang kembali bersekolah"),
        InnovationTheme(
            affair: "kebudayaan", form: .otherAffairs, agencies: ["DINDIKBUD", "DISPORAPAR"],
            names: [.manual("Sanggar Budaya Sekolah"), .manual("Pentas Seni Pelajar Bulanan")],
            service: "layanan pelestarian seni dan budaya daerah", target: "pelajar dan sanggar seni",
            problem: "generasi muda semakin jarang mengenal kesenian tradisional daerahnya",
            change: "sekolah bekerja sama dengan sanggar seni menyelenggarakan latihan kesenian tradisional "
                + "secara rutin dan pentas berkala",
            outcome: "keterlibatan pelajar dalam pelestarian budaya",
            metric: "sekolah yang memiliki kegiatan seni tradisional rutin"),
        InnovationTheme(
            affair: "perpustakaan", form: .publicService, agencies: ["DPAD"],
            names: [
                .manual("Perpustakaan Keliling Kelurahan"), .digital("Perpustakaan Digital Daerah"),
                .manual("Mobil Pintar Keliling"),
            ],
            service: "layanan perpustakaan", target: "pelajar dan masyarakat umum",
            problem: "minat baca rendah dan perpustakaan daerah jarang dikunjungi warga yang tinggal jauh",
            change: "mobil perpustakaan keliling dijadwalkan ke kelurahan dan sekolah, dan koleksi buku elektronik "
                + "dapat dipinjam melalui aplikasi",
            outcome: "tingkat gemar membaca masyarakat", metric: "warga yang aktif meminjam buku"),
        InnovationTheme(
            affair: "kearsipan", form: .governance, agencies: ["DPAD", "SETDA"],
            names: [.digital("Arsip Digital Perangkat Daerah"), .digital("Alih Media Arsip Dinamis")],
            service: "layanan pengelolaan arsip", target: "perangkat daerah dan masyarakat",
            problem: "arsip penting perangkat daerah disimpan tanpa tata kelola sehingga sulit ditemukan saat "
                + "dibutuhkan",
            change: "arsip dinamis dipindai, diberi klasifikasi dan dapat ditemukan melalui aplikasi pencarian arsip",
            outcome: "kecepatan penemuan kembali arsip", metric: "arsip yang dapat ditemukan dalam lima menit"),
    ]

    static let registration: [InnovationTheme] = [
        InnovationTheme(
            affair: "administrasi kependudukan dan pencatatan sipil", form: .publicService,
            agencies: ["DISDUKCAPIL", "KEC"],
            names: [
                .manual("Layanan Adminduk Keliling"), .manual("Jemput Bola Perekaman KTP-el"),
                .manual("Dukcapil Masuk Sekolah"),
            ],
            service: "layanan administrasi kependudukan",
            target: "warga lansia, penyandang disabilitas dan pelajar wajib KTP-el",
            problem: "masih banyak warga wajib KTP-el yang belum merekam data karena jauh dari kantor dan antrean "
                + "panjang",
            change: "petugas membawa perangkat perekaman keliling ke kelurahan, sekolah dan rumah warga "
                + "berkebutuhan khusus sesuai jadwal",
            outcome: "cakupan perekaman KTP-el", metric: "penduduk wajib KTP-el yang sudah merekam data"),
        InnovationTheme(
            affair: "administrasi kependudukan dan pencatatan sipil", form: .publicService,
            agencies: ["DISDUKCAPIL"],
            names: [
                .digital("Akta Kelahiran Online"), .digital("PANTAS (Pelayanan Akta Tanpa Antre)"),
                .manual("Paket Kelahiran Tiga in Satu"),
            ],
            service: "layanan akta kelahiran", target: "orang tua bayi baru lahir",
            problem: "orang tua harus mengurus akta kelahiran, kartu keluarga dan kartu identitas anak secara "
                + "terpisah dengan berkas yang sama",
            change: "berkas diunggah sekali melalui aplikasi atau dititipkan di fasilitas kesehatan tempat "
                + "bersalin, lalu akta kelahiran, kartu keluarga dan kartu identitas anak terbit bersamaan",
            outcome: "kecepatan penerbitan dokumen kependudukan",
            metric: "akta kelahiran yang terbit paling lama tiga hari kerja"),
        InnovationTheme(
            affair: "administrasi kependudukan dan pencatatan sipil", form: .publicService, agencies: ["KEC"],
            names: [
                .manual("PATEN Keliling (Pelayanan Administrasi Terpadu Kecamatan)"),
                .digital("Kecamatan Melayani Tanpa Antre"), .manual("Layanan Kecamatan Satu Hari Jadi"),
            ],
            service: "layanan administrasi terpadu kecamatan", target: "warga kecamatan",
            problem: "warga harus datang beberapa kali ke kantor kecamatan karena persyaratan layanan tidak "
                + "diumumkan dengan jelas",
            change: "persyaratan layanan diumumkan di kelurahan dan media sosial, berkas dapat dikirim melalui "
                + "WhatsApp, dan dokumen yang selesai diantar melalui kelurahan",
            outcome: "kepuasan warga terhadap layanan kecamatan",
            metric: "layanan administrasi kecamatan yang selesai dalam satu hari"),
        InnovationTheme(
            affair: "administrasi kependudukan dan pencatatan sipil", form: .publicService, agencies: ["KEL"],
            names: [
                .digital("Surat Pengantar Online"), .manual("Layanan Kelurahan Antar ke Rumah"),
                .manual("Surat Pengantar Satu Hari Jadi"),
            ],
            service: "layanan surat pengantar kelurahan", target: "warga kelurahan",
            problem: "warga harus meminta surat pengantar RT dan RW lalu datang ke kantor kelurahan pada jam kerja",
            change: "surat pengantar diajukan melalui formulir daring atau ketua RT, diproses pada hari yang sama "
                + "dan dapat diambil atau diantar ke rumah",
            outcome: "kecepatan layanan surat pengantar", metric: "surat pengantar yang selesai pada hari yang sama"),
    ]

    static let infrastructure: [InnovationTheme] = [
        InnovationTheme(
            affair: "pekerjaan umum dan penataan ruang", form: .publicService, agencies: ["DPUPR"],
            names: [
                .digital("Lapor Jalan Rusak"), .digital("SIGAP Jalan (Sistem Informasi Pemeliharaan Jalan)"),
                .manual("Tim Reaksi Cepat Perbaikan Jalan"),
            ],
            service: "layanan pemeliharaan jalan", target: "pengguna jalan",
            problem: "laporan jalan rusak dari warga lambat ditindaklanjuti karena harus melalui surat resmi",
            change: "warga melaporkan jalan rusak dengan foto dan titik lokasi melalui aplikasi, lalu tim reaksi "
                + "cepat menambal lubang dalam tiga hari kerja",
            outcome: "kemantapan jalan", metric: "laporan kerusakan jalan yang diperbaiki dalam tiga hari kerja"),
        InnovationTheme(
            affair: "pekerjaan umum dan penataan ruang", form: .otherAffairs, agencies: ["DPUPR", "KEC"],
            names: [.manual("Gerakan Bersih Saluran"), .digital("Peta Rawan Genangan")],
            service: "layanan pengendalian genangan dan banjir", target: "warga di kawasan rawan genangan",
            problem: "genangan muncul setiap hujan deras karena saluran tersumbat sampah dan sedimen",
            change: "pembersihan saluran dijadwalkan bersama warga dan titik rawan genangan dipetakan untuk "
                + "prioritas penanganan",
            outcome: "kelancaran aliran saluran drainase", metric: "titik genangan yang berhasil ditangani"),
        InnovationTheme(
            affair: "pekerjaan umum dan penataan ruang", form: .publicService, agencies: ["DPUPR", "DPMPTSP"],
            names: [.manual("Klinik Persetujuan Bangunan Gedung"), .digital("Informasi Tata Ruang Daring")],
            service: "layanan informasi tata ruang dan persetujuan bangunan gedung",
            target: "warga dan pengembang yang akan membangun",
            problem: "pemohon sering bolak-balik karena tidak mengetahui peruntukan ruang dan persyaratan "
                + "persetujuan bangunan gedung",
            change: "pemohon memeriksa peruntukan lahan melalui peta daring dan berkonsultasi di klinik "
                + "persetujuan bangunan gedung sebelum mengajukan permohonan",
            outcome: "kepatuhan pemanfaatan ruang",
            metric: "permohonan persetujuan bangunan gedung yang lengkap pada pengajuan pertama"),
        InnovationTheme(
            affair: "perumahan rakyat dan kawasan permukiman", form: .publicService, agencies: ["DPKP"],
            names: [
                .manual("Bedah Rumah Gotong Royong"),
                .digital("SIRUMAH (Sistem Informasi Rumah Tidak Layak Huni)"),
            ],
            service: "layanan perbaikan rumah tidak layak huni", target: "keluarga berpenghasilan rendah",
            problem: "data rumah tidak layak huni belum lengkap sehingga bantuan perbaikan tidak selalu tepat "
                + "sasaran",
            change: "rumah tidak layak huni didata dengan foto dan koordinat, lalu diperbaiki secara gotong royong "
                + "dengan dana daerah dan tanggung jawab sosial perusahaan",
            outcome: "ketepatan sasaran bantuan perbaikan rumah", metric: "rumah tidak layak huni yang tertangani"),
        InnovationTheme(
            affair: "perumahan rakyat dan kawasan permukiman", form: .governance, agencies: ["DPKP"],
            names: [.manual("Serah Terima PSU Tuntas"), .digital("PSU Perumahan Daring")],
            service: "layanan serah terima prasarana, sarana dan utilitas perumahan",
            target: "warga perumahan dan pengembang",
            problem: "banyak prasarana perumahan belum diserahkan pengembang sehingga jalan dan saluran tidak "
                + "dapat dipelihara pemerintah daerah",
            change: "tim verifikasi menjemput berkas ke pengembang dan memantau proses serah terima secara daring "
                + "hingga tuntas",
            outcome: "kepastian pemeliharaan prasarana perumahan",
            metric: "perumahan yang prasarananya sudah diserahkan"),
        InnovationTheme(
            affair: "perhubungan", form: .publicService, agencies: ["DISHUB"],
            names: [.digital("Parkir Nontunai"), .digital("SIPARKIR (Sistem Informasi Parkir)")],
            service: "layanan parkir di tepi jalan umum", target: "pengguna kendaraan dan juru parkir",
            problem: "pendapatan retribusi parkir bocor karena pembayaran tunai tanpa karcis",
            change: "pembayaran parkir dilakukan dengan QRIS atau uang elektronik dan juru parkir menerima "
                + "insentif dari setoran yang tercatat",
            outcome: "pendapatan retribusi parkir", metric: "titik parkir yang menggunakan pembayaran nontunai"),
        InnovationTheme(
            affair: "perhubungan", form: .publicService, agencies: ["DISHUB"],
            names: [.digital("Uji KIR Tanpa Antre"), .digital("Kartu Uji Elektronik Kendaraan")],
            service: "layanan pengujian kendaraan bermotor", target: "pemilik angkutan barang dan angkutan umum",
            problem: "antrean uji berkala kendaraan panjang sehingga pengemudi kehilangan waktu kerja",
            change: "pemilik kendaraan memesan jadwal uji berkala secara daring dan hasil uji tercatat dalam "
                + "kartu uji elektronik",
            outcome: "kecepatan layanan uji berkala kendaraan", metric: "kendaraan yang diuji sesuai jadwal pesanan"),
    ]
}
