/// Themes of governance innovations: planning, finance, staff, oversight, information.
enum ThemesGovernance {
    static let all: [InnovationTheme] = planning + administration

    static let planning: [InnovationTheme] = [
        InnovationTheme(
            affair: "perencanaan", form: .governance, agencies: ["BAPPEDALITBANG", "KEC"],
            names: [.digital("Musrenbang Online"), .digital("E-Planning Terpadu"), .digital("Musrenbang Terlacak")],
            service: "layanan penyusunan rencana pembangunan", target: "perangkat daerah, kelurahan dan masyarakat",
            problem: "usulan musyawarah perencanaan pembangunan dari kelurahan sering tidak terlacak hingga "
                + "penganggaran",
            change: "setiap usulan musyawarah perencanaan diinput dengan nomor registrasi dan statusnya dapat "
                + "dipantau masyarakat sampai ditetapkan dalam anggaran",
            outcome: "keterlacakan usulan pembangunan",
            metric: "usulan musyawarah perencanaan yang terlacak hingga penganggaran"),
        InnovationTheme(
            affair: "penelitian dan pengembangan", form: .governance, agencies: ["BAPPEDALITBANG"],
            names: [
                .digital("Bank Data Riset Daerah"), .digital("Repositori Kajian Daerah"),
                .manual("Forum Riset Triwulanan"),
            ],
            service: "layanan penelitian dan pengembangan inovasi",
            target: "perangkat daerah, perguruan tinggi dan peneliti",
            problem: "hasil penelitian dan kajian daerah jarang dimanfaatkan karena tersimpan di masing-masing "
                + "perangkat daerah",
            change: "seluruh hasil kajian dihimpun dalam bank data riset daerah yang dapat diakses terbuka dan "
                + "dibahas dalam forum inovasi setiap triwulan",
            outcome: "pemanfaatan hasil penelitian dalam kebijakan",
            metric: "rekomendasi kajian yang dijadikan dasar kebijakan"),
        InnovationTheme(
            affair: "perencanaan", form: .governance, agencies: ["DPRD"],
            names: [.digital("Reses Online"), .digital("Aspirasi Dewan Terpadu"), .digital("Pokir Online")],
            service: "layanan penyampaian aspirasi kepada DPRD", target: "konstituen dan anggota DPRD",
            problem: "aspirasi warga saat reses dicatat di kertas dan sulit dipantau tindak lanjutnya",
            change: "aspirasi hasil reses dicatat dalam aplikasi sehingga dapat dijadikan pokok-pokok pikiran DPRD "
                + "dan dipantau oleh warga",
            outcome: "tindak lanjut aspirasi masyarakat",
            metric: "aspirasi reses yang masuk dalam dokumen perencanaan"),
        InnovationTheme(
            affair: "statistik", form: .governance, agencies: ["DISKOMINFO", "BAPPEDALITBANG"],
            names: [.digital("Satu Data Daerah"), .digital("Portal Data Terbuka"), .digital("Dasbor Pimpinan")],
            service: "layanan data statistik sektoral", target: "perangkat daerah, peneliti dan masyarakat umum",
            problem: "data sektoral tersebar di setiap perangkat daerah dengan format berbeda dan sering tidak "
                + "mutakhir",
            change: "setiap perangkat daerah mengunggah data sektoral ke satu portal dengan standar dan jadwal "
                + "pemutakhiran yang sama",
            outcome: "ketersediaan data yang akurat dan mutakhir",
            metric: "dataset perangkat daerah yang dimutakhirkan tepat waktu"),
        InnovationTheme(
            affair: "komunikasi dan informatika", form: .publicService, agencies: ["DISKOMINFO", "SETDA"],
            names: [
                .digital("Layanan Aspirasi dan Pengaduan Terpadu"), .digital("Call Center 112 Terpadu"),
                .digital("Lapor Cepat"),
            ],
            service: "layanan pengaduan masyarakat", target: "warga yang menyampaikan keluhan dan aspirasi",
            problem: "pengaduan warga masuk melalui banyak kanal dan sering tidak jelas tindak lanjutnya",
            change: "semua pengaduan dari media sosial, WhatsApp dan SP4N-LAPOR! dihimpun dalam satu dasbor dan "
                + "diteruskan ke perangkat daerah dengan batas waktu tanggapan",
            outcome: "kecepatan tindak lanjut pengaduan", metric: "pengaduan yang ditanggapi dalam tiga hari kerja"),
        InnovationTheme(
            affair: "persandian", form: .governance, agencies: ["DISKOMINFO"],
            names: [
                .digital("Tanda Tangan Elektronik Pejabat"),
                .digital("SANDI AMAN (Sistem Pengamanan Informasi Daerah)"),
            ],
            service: "layanan sertifikat elektronik dan keamanan informasi", target: "pejabat dan aparatur daerah",
            problem: "naskah dinas masih ditandatangani basah sehingga penyelesaian surat tertunda saat pejabat "
                + "berada di luar kantor",
            change: "pejabat menandatangani naskah dinas dengan sertifikat elektronik yang tersambung dengan "
                + "aplikasi persuratan",
            outcome: "kecepatan penyelesaian naskah dinas", metric: "naskah dinas yang ditandatangani secara elektronik"
        ),
    ]

    static let administration: [InnovationTheme] = [
        InnovationTheme(
            affair: "keuangan", form: .governance, agencies: ["BPKPAD"],
            names: [
                .digital("PBB Online"), .digital("Bayar Pajak Daerah Nontunai"),
                .digital("Pengingat Pajak via WhatsApp"),
            ],
            service: "layanan pembayaran pajak daerah", target: "wajib pajak bumi dan bangunan serta pelaku usaha",
            problem: "wajib pajak harus datang ke bank atau kantor untuk membayar pajak daerah dan sering lupa "
                + "jatuh tempo",
            change: "tagihan pajak dapat dicek dan dibayar melalui aplikasi, QRIS dan gerai ritel, dengan "
                + "pengingat jatuh tempo melalui WhatsApp",
            outcome: "kepatuhan wajib pajak", metric: "realisasi penerimaan pajak bumi dan bangunan"),
        InnovationTheme(
            affair: "keuangan", form: .governance, agencies: ["BPKPAD"],
            names: [.digital("SIMASDA (Sistem Informasi Manajemen Aset Daerah)"), .digital("Aset Tertib Berlabel QR")],
            service: "layanan penatausahaan barang milik daerah", target: "pengurus barang perangkat daerah",
            problem: "pencatatan barang milik daerah tidak seragam sehingga nilai aset dalam laporan keuangan "
                + "sering dikoreksi",
            change: "setiap barang milik daerah diberi label kode QR dan mutasinya dicatat langsung oleh pengurus "
                + "barang dalam aplikasi",
            outcome: "akurasi data aset daerah", metric: "barang milik daerah yang tercatat lengkap dengan kode QR"),
        InnovationTheme(
            affair: "kepegawaian", form: .governance, agencies: ["BKPSDM"],
            names: [
                .digital("Layanan Kepegawaian Tanpa Kertas"), .digital("Kenaikan Pangkat Tepat Waktu"),
                .digital("Arsip Digital Kepegawaian"),
            ],
            service: "layanan administrasi kepegawaian", target: "aparatur sipil negara",
            problem: "usulan kenaikan pangkat dan pensiun sering terlambat karena berkas fisik berpindah-pindah "
                + "antarmeja",
            change: "berkas kepegawaian diunggah sekali ke arsip digital dan usulan kenaikan pangkat diproses "
                + "otomatis sesuai jadwal periode",
            outcome: "ketepatan waktu layanan kepegawaian", metric: "usulan kenaikan pangkat yang selesai tepat periode"
        ),
        InnovationTheme(
            affair: "pengawasan", form: .governance, agencies: ["INSPEKTORAT"],
            names: [
                .manual("Klinik Konsultasi Pengawasan"), .digital("SIPEDAS (Sistem Informasi Pengawasan Daerah)"),
                .digital("Pantau Tindak Lanjut"),
            ],
            service: "layanan pengawasan dan pendampingan tata kelola",
            target: "perangkat daerah dan pemerintah kelurahan",
            problem: "rekomendasi hasil pemeriksaan lambat ditindaklanjuti karena pemantauannya masih melalui surat",
            change: "rekomendasi hasil pemeriksaan dipantau melalui aplikasi, dan perangkat daerah dapat "
                + "berkonsultasi sebelum kegiatan berisiko dilaksanakan",
            outcome: "tindak lanjut rekomendasi hasil pemeriksaan",
            metric: "rekomendasi hasil pemeriksaan yang tuntas ditindaklanjuti"),
        InnovationTheme(
            affair: "kearsipan", form: .governance, agencies: ["SETDA", "DPRD"],
            names: [.digital("E-Office Tata Naskah Dinas"), .digital("Surat Cepat Tanpa Kertas")],
            service: "layanan tata naskah dinas", target: "pejabat dan staf perangkat daerah",
            problem: "surat dinas antarperangkat daerah masih diantar secara fisik sehingga disposisi memakan "
                + "waktu berhari-hari",
            change: "surat masuk, disposisi dan surat keluar dikelola dalam aplikasi persuratan elektronik yang "
                + "terhubung dengan tanda tangan elektronik",
            outcome: "kecepatan disposisi surat", metric: "surat dinas yang didisposisi pada hari yang sama"),
        InnovationTheme(
            affair: "keuangan", form: .governance, agencies: ["SETDA"],
            names: [.manual("Klinik Pengadaan Barang dan Jasa"), .digital("Katalog Elektronik Lokal")],
            service: "layanan pengadaan barang dan jasa", target: "pejabat pengadaan dan pelaku usaha lokal",
            problem: "pelaku usaha lokal jarang ikut pengadaan pemerintah karena belum memahami katalog elektronik",
            change: "pelaku usaha lokal didampingi menayangkan produknya di katalog elektronik daerah dan pejabat "
                + "pengadaan mendapat konsultasi terjadwal",
            outcome: "partisipasi usaha lokal dalam pengadaan",
            metric: "nilai belanja pengadaan untuk produk usaha lokal"),
    ]
}
