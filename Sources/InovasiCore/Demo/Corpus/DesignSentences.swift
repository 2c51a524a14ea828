/// Sentences of a rancang bangun (design), grouped by the part of the argument they make.
///
/// Each is a function of the context so that 100 000 texts are built by interpolation, fast.
enum DesignSentences {
    typealias Sentence = @Sendable (ProposalTextContext) -> String

    static let problem: [Sentence] = [
        { "Selama ini \($0.theme.problem)." },
        { "Hasil identifikasi masalah di \($0.unitName) menunjukkan bahwa \($0.theme.problem)." },
        { "Kondisi awal yang mendasari usulan ini adalah \($0.theme.problem)." },
        { "Keluhan yang masuk melalui kanal pengaduan menunjukkan bahwa \($0.theme.problem)." },
        { "Data tahun lalu memperlihatkan bahwa \($0.theme.problem)." },
    ]

    static let change: [Sentence] = [
        { "Melalui \($0.name), \($0.theme.change)." },
        { "Perubahan utama yang ditawarkan: \($0.theme.change)." },
        { "Dengan inovasi \($0.name), \($0.theme.change)." },
        { "Inti rancangan \($0.name) adalah sebagai berikut: \($0.theme.change)." },
    ]

    static let digital: [Sentence] = [
        { _ in
            "Aplikasi dikembangkan oleh tim internal bersama pengelola teknologi informasi pemerintah daerah dan "
                + "dapat diakses melalui telepon pintar maupun komputer."
        },
        { _ in
            "Data yang terkumpul tersimpan di pusat data pemerintah daerah dan dapat dipantau pimpinan melalui dasbor."
        },
        { _ in "Pengguna menerima notifikasi melalui WhatsApp atau SMS pada setiap tahap layanan." },
        { _ in "Warga yang belum terbiasa dengan aplikasi tetap dibantu petugas di loket layanan." },
        { _ in
            "Aplikasi dirancang agar dapat bertukar data dengan aplikasi nasional yang sudah ada, sehingga petugas "
                + "tidak perlu memasukkan data dua kali."
        },
        { _ in "Data pribadi dilindungi dengan hak akses berjenjang dan setiap perubahan data tercatat." },
    ]

    static let manual: [Sentence] = [
        { "Petugas mendatangi langsung \($0.theme.target) sesuai jadwal yang diumumkan melalui ketua RT dan RW." },
        { _ in "Kegiatan dilaksanakan dengan melibatkan kader, tokoh masyarakat dan pengurus RT/RW setempat." },
        { "Setiap kegiatan dicatat dalam buku register dan direkap setiap bulan oleh \($0.unitName)." },
        { _ in "Petugas pelaksana dibekali pelatihan singkat dan standar operasional prosedur yang disusun bersama." },
        { _ in "Sarana yang dibutuhkan sederhana dan sebagian besar memanfaatkan fasilitas yang sudah dimiliki." },
    ]

    static let trial: [Sentence] = [
        { "Uji coba dilaksanakan lebih dahulu di \($0.place) selama tiga bulan sebelum diterapkan lebih luas." },
        { "Tahap uji coba melibatkan \($0.pilotSize) orang sasaran sebagai kelompok awal." },
        {
            "Selama uji coba, \($0.unitName) mencatat kendala yang muncul dan memperbaiki alur layanan "
                + "setiap dua minggu."
        },
    ]

    static let governance: [Sentence] = [
        { _ in
            "Pelaksanaan inovasi akan dikuatkan dengan keputusan kepala perangkat daerah dan standar operasional "
                + "prosedur yang baru."
        },
        { context in
            context.isCilegon
                ? "Usulan ini sejalan dengan Instruksi Wali Kota Cilegon Nomor 1 Tahun 2022 tentang Inisiatif "
                    + "Usulan Inovasi Daerah."
                : "Usulan ini sejalan dengan PP Nomor 38 Tahun 2017 tentang Inovasi Daerah."
        },
        { "Anggaran diusulkan melalui DPA \($0.agencyName) dan tidak menimbulkan pungutan kepada masyarakat." },
        { _ in
            "Pembagian peran antarpetugas dituangkan dalam surat tugas sehingga layanan tidak bergantung "
                + "pada satu orang."
        },
    ]

    static let monitoring: [Sentence] = [
        {
            "Keberhasilan diukur dari persentase \($0.theme.metric) serta kepuasan pengguna yang disurvei "
                + "setiap triwulan."
        },
        { context in
            context.isCilegon
                ? "Pemantauan dan evaluasi dilakukan setiap bulan bersama Bappedalitbang Kota Cilegon."
                : "Pemantauan dan evaluasi dilakukan setiap bulan bersama perangkat daerah yang membidangi "
                    + "penelitian dan pengembangan."
        },
        { _ in "Laporan perkembangan disampaikan kepada kepala perangkat daerah setiap akhir bulan." },
    ]

    static let sustainability: [Sentence] = [
        { _ in
            "Karena tidak memerlukan peralatan khusus, inovasi ini mudah direplikasi oleh perangkat daerah "
                + "atau kelurahan lain."
        },
        { _ in "Keberlanjutan dijamin dengan memasukkan kegiatan ini ke dalam rencana kerja tahunan perangkat daerah."
        },
        { _ in "Setelah uji coba berhasil, pedoman pelaksanaan akan dibagikan agar dapat ditiru oleh wilayah lain." },
    ]
}
