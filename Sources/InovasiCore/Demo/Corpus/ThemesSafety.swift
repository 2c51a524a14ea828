/// Themes of environment, fire, order, disaster and civic-unity innovations.
enum ThemesSafety {
    static let all: [InnovationTheme] = [
        InnovationTheme(
            affair: "lingkungan hidup", form: .otherAffairs, agencies: ["DLH", "KEL", "KEC"],
            names: [.digital("Bank Sampah Digital"), .manual("Sedekah Sampah"), .manual("Sampah Jadi Tabungan")],
            service: "layanan pengelolaan sampah rumah tangga", target: "rumah tangga dan pengurus bank sampah",
            problem: "sampah rumah tangga yang masuk ke tempat pemrosesan akhir terus bertambah karena pemilahan "
                + "di sumber masih rendah",
            change: "warga memilah sampah dari rumah dan menabungkannya di bank sampah kelurahan, dengan hasil "
                + "penjualan masuk ke tabungan warga",
            outcome: "pengelolaan sampah dari sumbernya", metric: "sampah rumah tangga yang terpilah dan terolah"),
        InnovationTheme(
            affair: "lingkungan hidup", form: .otherAffairs, agencies: ["DLH"],
            names: [.digital("Pantau Kualitas Udara"), .digital("Pantau Udara Kawasan Industri")],
            service: "layanan pemantauan kualitas udara", target: "warga sekitar kawasan industri",
            problem: "warga di sekitar kawasan industri tidak memperoleh informasi kualitas udara secara rutin",
            change: "data sensor kualitas udara ditampilkan langsung di papan informasi dan laman resmi, dan "
                + "perusahaan wajib menindaklanjuti bila ambang batas terlampaui",
            outcome: "keterbukaan informasi kualitas udara", metric: "hari dengan kualitas udara kategori baik"),
        InnovationTheme(
            affair: "kebakaran", form: .publicService, agencies: ["DAMKAR"],
            names: [
                .manual("Relawan Kebakaran Kelurahan"), .digital("Respons Cepat Panggilan Darurat Damkar"),
                .manual("Damkar Sahabat Warga"),
            ],
            service: "layanan pencegahan dan penanggulangan kebakaran",
            target: "warga permukiman padat dan pengelola gedung",
            problem: "waktu tanggap kebakaran di permukiman padat melebihi lima belas menit karena akses sempit dan "
                + "laporan terlambat",
            change: "relawan kebakaran di kelurahan dilatih dan dilengkapi alat pemadam ringan, sementara laporan "
                + "masuk melalui panggilan darurat terpadu dengan titik lokasi",
            outcome: "kecepatan tanggap kebakaran",
            metric: "kejadian kebakaran yang ditangani dalam waktu tanggap lima belas menit"),
        InnovationTheme(
            affair: "ketenteraman dan ketertiban umum", form: .publicService, agencies: ["SATPOLPP", "KEC"],
            names: [
                .manual("Patroli Ketertiban Terpadu"), .digital("Lapor Trantib"),
                .manual("Penataan Humanis Pedagang Kaki Lima"),
            ],
            service: "layanan penegakan ketertiban umum", target: "warga dan pedagang kaki lima",
            problem: "laporan gangguan ketertiban dari warga tidak tercatat dan penertiban pedagang kaki lima "
                + "sering menimbulkan konflik",
            change: "laporan gangguan ketertiban masuk melalui aplikasi dan pedagang kaki lima dibina serta "
                + "direlokasi ke lokasi usaha yang tertata",
            outcome: "ketertiban umum", metric: "laporan gangguan ketertiban yang selesai ditangani"),
        InnovationTheme(
            affair: "kebencanaan", form: .publicService, agencies: ["BPBD", "KEL"],
            names: [
                .manual("Kelurahan Tangguh Bencana"), .digital("Peringatan Dini Banjir"),
                .manual("Tim Siaga Bencana RW"),
            ],
            service: "layanan kesiapsiagaan bencana", target: "warga di kawasan rawan bencana",
            problem: "warga di kawasan rawan banjir dan kawasan industri belum memahami jalur evakuasi dan tanda "
                + "peringatan dini",
            change: "setiap kelurahan rawan bencana membentuk tim siaga, memasang rambu jalur evakuasi dan "
                + "menerima peringatan dini melalui pesan singkat",
            outcome: "kesiapsiagaan masyarakat menghadapi bencana",
            metric: "kelurahan rawan bencana yang memiliki rencana kontinjensi"),
        InnovationTheme(
            affair: "ketenteraman dan ketertiban umum", form: .governance, agencies: ["KESBANGPOL"],
            names: [
                .digital("Ormas Tertib Administrasi"), .manual("Klinik Pendaftaran Ormas"),
                .digital("SIORMAS (Sistem Informasi Organisasi Kemasyarakatan)"),
            ],
            service: "layanan pendaftaran dan pembinaan organisasi kemasyarakatan",
            target: "pengurus organisasi kemasyarakatan",
            problem: "data organisasi kemasyarakatan tidak mutakhir sehingga pembinaan dan fasilitasi tidak tepat "
                + "sasaran",
            change: "organisasi kemasyarakatan mendaftar dan memperbarui data secara daring, lalu diundang dalam "
                + "forum pembinaan berkala",
            outcome: "tertib administrasi organisasi kemasyarakatan",
            metric: "organisasi kemasyarakatan yang datanya mutakhir"),
    ]
}
